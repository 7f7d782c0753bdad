import type { CookieSetting } from '@/payload-types'

import type { ConsentChoice } from './consentState'

export type CookieCategory = NonNullable<CookieSetting['categories']>[number]
export type CookieService = NonNullable<CookieCategory['services']>[number]

/** A service is chosen as `<category>/<service>`, so the same service name can sit in two categories. */
export const serviceKey = (category: { slug: string }, service: { slug: string }) => `${category.slug}/${service.slug}`

export type ConsentStatus = 'unset' | 'given' | 'expired' | 'outdated'

export interface ConsentView {
  status: ConsentStatus
  /** The visitor's browser sends Global Privacy Control: optional categories are treated as rejected. */
  gpc: boolean
  /** Whether to ask: no valid choice for the current revision, and no GPC signal. */
  ask: boolean
  /** What may run now: optional categories and services with consent (empty under GPC). */
  categories: Set<string>
  services: Set<string>
  choice: ConsentChoice | null
}

const DAY_MS = 24 * 60 * 60 * 1000

export function optionalCategories(settings: Pick<CookieSetting, 'categories'>): CookieCategory[] {
  return (settings.categories ?? []).filter((category) => !category.necessary)
}

/** Every optional service of the policy, as `<category>/<service>`. */
export function allOptionalServices(settings: Pick<CookieSetting, 'categories'>): string[] {
  return optionalCategories(settings).flatMap((category) =>
    (category.services ?? []).map((service) => serviceKey(category, service)),
  )
}

/** Reads a visitor's stored choice against the current policy. */
export function viewConsent(
  settings: Pick<CookieSetting, 'categories' | 'revision' | 'lifetimeDays'>,
  choice: ConsentChoice | null,
  gpc: boolean,
  now = Date.now(),
): ConsentView {
  let status: ConsentStatus = 'unset'
  if (choice) {
    if (choice.rev !== (settings.revision ?? 1)) status = 'outdated'
    else if (Date.parse(choice.at) + (settings.lifetimeDays ?? 365) * DAY_MS < now) status = 'expired'
    else status = 'given'
  }
  const valid = status === 'given' && choice && !gpc
  const known = new Map(
    optionalCategories(settings).flatMap((category) =>
      (category.services ?? []).map((service) => [serviceKey(category, service), category.slug] as const),
    ),
  )
  const services = new Set(valid ? choice.svc.filter((key) => known.has(key)) : [])
  const categories = new Set(
    valid ? choice.cat.filter((slug) => optionalCategories(settings).some((category) => category.slug === slug)) : [],
  )
  return { status, gpc, ask: status !== 'given' && !gpc, categories, services, choice }
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
