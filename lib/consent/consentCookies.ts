import { serialize } from 'cookie'

import { CONSENT_COOKIE, CONSENT_NOTICE_COOKIE, type ConsentNotice } from './consentState'
import type { CookieDeletion } from './cookieDeletions'

/** How long the one-time confirmation ("You've accepted…") waits for the page that shows it. */
const NOTICE_SECONDS = 300

interface ConsentCookieOptions {
  /** The encoded choice (encodeConsent). */
  value: string
  lifetimeSeconds: number
  /** Set when the next page load should show the confirmation. */
  notice: ConsentNotice | null
  deletions: readonly CookieDeletion[]
  secure: boolean
}

/** The Set-Cookie headers of a saved choice: the choice, its confirmation, and the withdrawn cookies' expiry. */
export function consentCookieHeaders({ value, lifetimeSeconds, notice, deletions, secure }: ConsentCookieOptions) {
  const own = { path: '/', sameSite: 'lax', secure, httpOnly: true } as const
  const headers = [serialize(CONSENT_COOKIE, value, { ...own, maxAge: lifetimeSeconds })]
  if (notice) headers.push(serialize(CONSENT_NOTICE_COOKIE, notice, { ...own, maxAge: NOTICE_SECONDS }))
  for (const deletion of deletions) {
    try {
      headers.push(
        serialize(deletion.name, '', { path: deletion.path, domain: deletion.domain, maxAge: 0, expires: new Date(0) }),
      )
    } catch (error) {
      // A cookie the policy describes wrongly must not stop the visitor's choice from being saved.
      console.error(`[consent] cannot expire cookie ${deletion.name}:`, error)
    }
  }
  return headers
}

/** Hides the cookie message without a choice: the confirmation cookie goes. */
export const hideNoticeCookieHeader = () => serialize(CONSENT_NOTICE_COOKIE, '', { path: '/', maxAge: 0 })
