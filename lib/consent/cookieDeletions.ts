import type { CookieSetting } from '@/payload-types'

import { CONSENT_COOKIE, CONSENT_NOTICE_COOKIE } from './consentState'
import { optionalCategories, serviceKey } from './policy'

/** Never expired by a withdrawal, whatever an optional service's pattern says. */
const ESSENTIAL_COOKIES = [CONSENT_COOKIE, CONSENT_NOTICE_COOKIE, 'payload-token']

export interface CookieDeletion {
  name: string
  domain?: string
  path: string
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
export const cookiePattern = (pattern: string) => new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`)

/**
 * The cookies to expire when a visitor withdraws consent from services: every cookie the
 * browser sent whose name matches a withdrawn service's pattern, and each exact name even if it
 * was not sent (a cookie on another path or a parent domain), for each domain and path the policy
 * names. Done by the server, so HttpOnly and parent-domain cookies go too.
 */
export function cookiesToDelete(
  settings: Pick<CookieSetting, 'categories'>,
  withdrawn: Set<string>,
  sentNames: string[],
): CookieDeletion[] {
  const essential = (name: string) =>
    ESSENTIAL_COOKIES.includes(name) ||
    (settings.categories ?? [])
      .filter((category) => category.necessary)
      .some((category) =>
        (category.services ?? []).some((service) =>
          (service.cookies ?? []).some((cookie) => cookiePattern(cookie.name).test(name)),
        ),
      )
  const deletions = new Map<string, CookieDeletion>()
  for (const category of optionalCategories(settings)) {
    for (const service of category.services ?? []) {
      if (!withdrawn.has(serviceKey(category, service))) continue
      for (const cookie of service.cookies ?? []) {
        const names = cookie.name.includes('*')
          ? sentNames.filter((name) => cookiePattern(cookie.name).test(name))
          : [cookie.name]
        const path = cookie.path || '/'
        const domains = cookie.domain ? [undefined, cookie.domain] : [undefined]
        for (const name of names.filter((candidate) => !essential(candidate))) {
          for (const domain of domains) deletions.set(`${name};${domain ?? ''};${path}`, { name, domain, path })
        }
      }
    }
  }
  return [...deletions.values()]
}
