import { publicPath } from '@/lib/paths'
import type { PublicCookieSettings } from '@/lib/queries/cookieSettings'

/** The cookie policy's address: the page chosen in Cookie settings, else the seeded `/cookies`. */
export function cookiePolicyPath(settings: Pick<PublicCookieSettings, 'policyPage'>): string {
  return (settings.policyPage ? publicPath('pages', settings.policyPage) : null) ?? '/cookies'
}
