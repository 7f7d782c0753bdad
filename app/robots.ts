import type { MetadataRoute } from 'next'

import { serverEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

/** Search engines index the public site, never the admin panel, the API or preview routes. */
export default function robots(): MetadataRoute.Robots {
  const siteUrl = serverEnv().SITE_URL
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/'] }],
    sitemap: `${siteUrl}/sitemap.xml`,
    host: siteUrl,
  }
}
