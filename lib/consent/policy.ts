import type { CookieSetting } from '@/payload-types'

import {
  MAX_OPTIONAL_CHOICES,
  type BannerState,
  type ConsentNotice,
  type RoutingPolicy,
  type Variant,
} from '@/server/consentVariant.mjs'

export type CookieCategory = NonNullable<CookieSetting['categories']>[number]
export type CookieService = NonNullable<CookieCategory['services']>[number]

/** A service is chosen as `<category>/<service>`, so the same service name can sit in two categories. */
export const serviceKey = (category: { slug: string }, service: { slug: string }) => `${category.slug}/${service.slug}`

/** What a page variant shows and runs: read from its code, never from a cookie. */
export interface ConsentView {
  banner: BannerState
  /** The banner asks: no valid choice for the current revision, and no GPC signal. */
  ask: boolean
  /** The confirmation after a choice made without JavaScript. */
  notice: ConsentNotice | null
  /** The browser sends Global Privacy Control: optional categories are treated as rejected. */
  gpc: boolean
  /** A valid choice exists (shown on the preferences form). */
  chosen: boolean
  /** What may run now: optional categories and services with consent. */
  categories: Set<string>
  services: Set<string>
}

export function optionalCategories(settings: Pick<CookieSetting, 'categories'>): CookieCategory[] {
  return (settings.categories ?? []).filter((category) => !category.necessary)
}

/** Every optional service of the policy, as `<category>/<service>`. */
export function allOptionalServices(settings: Pick<CookieSetting, 'categories'>): string[] {
  return optionalCategories(settings).flatMap((category) =>
    (category.services ?? []).map((service) => serviceKey(category, service)),
  )
}

/**
 * What a visitor can agree to, in policy order: each optional service, and each optional
 * category that has no services. A page variant records these as bits.
 */
export function consentChoices(settings: Pick<CookieSetting, 'categories'>): string[] {
  return optionalCategories(settings).flatMap((category) =>
    (category.services ?? []).length > 0
      ? (category.services ?? []).map((service) => serviceKey(category, service))
      : [category.slug],
  )
}

/** What the server preload needs to choose a request's variant. */
export function routingPolicyFor(
  settings: Pick<CookieSetting, 'categories' | 'revision' | 'lifetimeDays'>,
): RoutingPolicy {
  return {
    revision: settings.revision ?? 1,
    lifetimeDays: settings.lifetimeDays ?? 365,
    choices: consentChoices(settings),
    scripts: optionalCategories(settings).flatMap((category) =>
      (category.services ?? []).length > 0
        ? (category.services ?? []).map((service) => service.scriptUrl || null)
        : [null],
    ),
  }
}

/** The consent a page variant stands for, against the current policy. */
export function viewForVariant(settings: Pick<CookieSetting, 'categories'>, variant: Variant): ConsentView {
  const { banner } = variant
  const agreed = consentChoices(settings)
    .slice(0, MAX_OPTIONAL_CHOICES)
    .filter((_, index) => (variant.mask & (1 << index)) !== 0)
  const services = new Set(agreed.filter((key) => key.includes('/')))
  const categories = new Set(agreed.map((key) => key.split('/')[0] as string))
  const notice = banner === 'accepted' || banner === 'rejected' || banner === 'saved' ? banner : null
  return {
    banner,
    ask: banner === 'ask',
    notice,
    gpc: banner === 'gpc',
    chosen: banner !== 'ask' && banner !== 'gpc',
    categories,
    services,
  }
}

/**
 * The choice a form asks for: everything optional, nothing optional, or the services ticked on
 * the cookie policy page (a category counts as chosen when any of its services is, or when it
 * has none and was ticked itself).
 */
export function chooseConsent(
  settings: Pick<CookieSetting, 'categories'>,
  request: { kind: 'accept' } | { kind: 'reject' } | { kind: 'custom'; categories: string[]; services: string[] },
): { cat: string[]; svc: string[] } {
  const optional = optionalCategories(settings)
  if (request.kind === 'reject') return { cat: [], svc: [] }
  if (request.kind === 'accept') {
    return {
      cat: optional.map((category) => category.slug),
      svc: optional.flatMap((category) => (category.services ?? []).map((service) => serviceKey(category, service))),
    }
  }
  const wanted = new Set(request.services)
  const svc = optional.flatMap((category) =>
    (category.services ?? []).map((service) => serviceKey(category, service)).filter((key) => wanted.has(key)),
  )
  const cat = optional
    .filter((category) =>
      (category.services ?? []).length > 0
        ? svc.some((key) => key.startsWith(`${category.slug}/`))
        : request.categories.includes(category.slug),
    )
    .map((category) => category.slug)
  return { cat, svc }
}

/** Script addresses to render for what the visitor agreed to, in policy order, once each. */
export function consentedScripts(settings: Pick<CookieSetting, 'categories'>, view: ConsentView): string[] {
  const scripts = optionalCategories(settings).flatMap((category) =>
    (category.services ?? [])
      .filter((service) => service.scriptUrl && view.services.has(serviceKey(category, service)))
      .map((service) => service.scriptUrl as string),
  )
  return [...new Set(scripts)]
}

/**
 * Whether any of these services loads its script from another origin. A page's
 * Content-Security-Policy allows only the scripts its visitor had agreed to when it was loaded
 * (server/securityHeaders.mjs), so after agreeing to such a service the page is loaded again.
 */
export function loadsScriptsFromElsewhere(
  settings: Pick<CookieSetting, 'categories'>,
  services: Set<string>,
  siteOrigin: string,
): boolean {
  return optionalCategories(settings).some((category) =>
    (category.services ?? []).some((service) => {
      if (!service.scriptUrl || !services.has(serviceKey(category, service))) return false
      return new URL(service.scriptUrl, siteOrigin).origin !== siteOrigin
    }),
  )
}
