import 'server-only'

import { cache } from 'react'

import { getCookieSettings, type PublicCookieSettings } from '@/lib/queries/cookieSettings'
import { parseVariantCode } from '@/server/consentVariant.mjs'

import { viewForVariant, type ConsentView } from './policy'

export interface PageConsent {
  settings: PublicCookieSettings
  view: ConsentView
}

/**
 * The consent a page variant is rendered for, from the `[cv]` segment of its internal address
 * (chosen per request by server/pageVariants.mjs). Never a cookie: the page stays cacheable.
 * Null for a segment that names no variant: an address the preload did not route (a file's).
 */
export const getPageConsent = cache(async (code: string): Promise<PageConsent | null> => {
  const variant = parseVariantCode(code)
  if (!variant) return null
  const settings = await getCookieSettings()
  return { settings, view: viewForVariant(settings, variant) }
})
