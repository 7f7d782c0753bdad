import 'server-only'

import { cookies, headers } from 'next/headers'
import { cache } from 'react'

import { getCookieSettings, type PublicCookieSettings } from '@/lib/queries/cookieSettings'

import { CONSENT_COOKIE, CONSENT_NOTICE_COOKIE, decodeConsent, type ConsentNotice } from './consentState'
import { viewConsent, type ConsentView } from './policy'

export interface VisitorConsent {
  settings: PublicCookieSettings
  view: ConsentView
  /** The confirmation to show after a choice made without JavaScript. */
  notice: ConsentNotice | null
}

/** This request's consent: the stored choice read against the current policy, and the GPC signal. */
export const getVisitorConsent = cache(async (): Promise<VisitorConsent> => {
  const [settings, jar, requestHeaders] = await Promise.all([getCookieSettings(), cookies(), headers()])
  const gpc = requestHeaders.get('sec-gpc') === '1'
  const view = viewConsent(settings, decodeConsent(jar.get(CONSENT_COOKIE)?.value), gpc)
  const flash = jar.get(CONSENT_NOTICE_COOKIE)?.value
  const notice = flash === 'accepted' || flash === 'rejected' || flash === 'saved' ? flash : null
  return { settings, view, notice }
})
