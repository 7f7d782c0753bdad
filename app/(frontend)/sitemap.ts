import type { MetadataRoute } from 'next'

import { serverEnv } from '@/lib/env'
import { getSitemapEntries } from '@/lib/queries/sitemap'

export const dynamic = 'force-dynamic'

const sections = ['/projects', '/events', '/reports', '/news-and-views', '/news', '/blog', '/members', '/contact']

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const siteUrl = serverEnv().SITE_URL
  const entries = await getSitemapEntries()
  const documents = entries.map((entry) => ({ url: `${siteUrl}${entry.path}`, lastModified: entry.updatedAt }))
  const listings = sections.map((path) => ({ url: `${siteUrl}${path}` }))
  const seen = new Set<string>()
  return [...documents, ...listings].filter((entry) => !seen.has(entry.url) && seen.add(entry.url))
}
