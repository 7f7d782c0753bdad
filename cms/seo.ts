import type { SEOPluginConfig } from '@payloadcms/plugin-seo/types'

import { publicPath, type RoutedCollection } from '@/lib/paths'

type Doc = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** Suggested search titles and descriptions, which editors can accept or overwrite. */
export function seoDefaults(
  siteUrl: string,
): Pick<SEOPluginConfig, 'generateTitle' | 'generateDescription' | 'generateURL'> {
  return {
    generateTitle: ({ doc }) => {
      const title = text((doc as Doc).title) || text((doc as Doc).name)
      return title ? `${title} | OSPRN` : 'Oxford Social Prescribing Research Network'
    },
    generateDescription: ({ doc }) => {
      const d = doc as Doc
      const source = text(d.summary) || text(d.excerpt) || text(d.abstract) || text(d.shortBio) || text(d.intro)
      return source.length > 160 ? `${source.slice(0, 157).replace(/\s+\S*$/, '')}…` : source
    },
    generateURL: ({ doc, collectionSlug }) => {
      const path = collectionSlug ? publicPath(collectionSlug as RoutedCollection, doc as Doc) : null
      return path ? `${siteUrl}${path}` : siteUrl
    },
  }
}
