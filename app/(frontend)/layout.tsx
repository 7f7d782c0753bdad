import type { Metadata } from 'next'
import type React from 'react'

import { serverEnv } from '@/lib/env'
import { POSTS_FEED } from '@/lib/feed/postsFeed'
import { getSiteSettings } from '@/lib/queries/siteSettings'

import './styles/tokens.css'
import './styles/base.css'
import './styles/prose.css'
import './styles/layout.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(serverEnv().SITE_URL),
    title: { default: settings.siteName, template: `%s | ${settings.shortName || settings.siteName}` },
    description: settings.tagline ?? undefined,
    openGraph: { type: 'website', siteName: settings.siteName, locale: 'en_GB' },
    twitter: { card: 'summary_large_image' },
  }
}

/**
 * The document of every public page. The site around the content (banner, header, footer) is in
 * `[cv]/layout.tsx`, rendered once per consent variant; see server/pageVariants.mjs.
 */
export default function FrontendRootLayout({ children }: { children: React.ReactNode }) {
  const feed = `${serverEnv().SITE_URL}${POSTS_FEED.path}`
  return (
    <html lang="en-GB">
      <head>
        {/* Feed readers look for the feed on any page of a site, not only on the news listing. */}
        <link rel="alternate" type={POSTS_FEED.type} title={POSTS_FEED.title} href={feed} />
      </head>
      <body>{children}</body>
    </html>
  )
}
