import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { CookieSetting, Page } from '@/payload-types'

export type PublicCookieSettings = Omit<CookieSetting, 'policyPage'> & {
  policyPage: Pick<Page, 'id' | 'title' | 'slug' | 'breadcrumbs'> | null
}

/** The banner's texts, the categories and services, and the policy page. All of it is public. */
export async function findCookieSettings(payload: Payload): Promise<PublicCookieSettings> {
  const settings = await payload.findGlobal({
    slug: 'cookie-settings',
    depth: 1,
    populate: { pages: { title: true, slug: true, breadcrumbs: true } },
    overrideAccess: false,
  })
  const policyPage = typeof settings.policyPage === 'object' ? settings.policyPage : null
  return { ...settings, policyPage } as PublicCookieSettings
}

export const getCookieSettings = unstable_cache(
  async () => findCookieSettings(await getPayloadClient()),
  ['cookie-settings'],
  { tags: [cacheTags.global('cookie-settings'), cacheTags.collection('pages')] },
)
