import type { Metadata } from 'next'
import type React from 'react'

import { ConsentedScripts } from '@/components/consent/ConsentedScripts'
import { CookieBannerSlot } from '@/components/consent/CookieBannerSlot'
import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { serverEnv } from '@/lib/env'
import { publicPath } from '@/lib/paths'
import { getCookieSettings } from '@/lib/queries/cookieSettings'
import { getPartners } from '@/lib/queries/listings'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { getViewer } from '@/lib/queries/viewer'

import './globals.css'
import './blocks.css'
import './events.css'
import './posts.css'
import './directory.css'
import './reports.css'
import './consent.css'

// Pages read per-visitor state (cookie consent) and are rendered per request from cached data.
export const dynamic = 'force-dynamic'

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

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const [settings, viewer, partners, cookieSettings] = await Promise.all([
    getSiteSettings(),
    getViewer(),
    getPartners(),
    getCookieSettings(),
  ])
  const policyPath = (cookieSettings.policyPage ? publicPath('pages', cookieSettings.policyPage) : null) ?? '/cookies'
  return (
    <html lang="en-GB">
      <body>
        {/* Before the skip link, in the page flow (GOV.UK): no overlay, no layout shift. */}
        <CookieBannerSlot siteName={settings.siteName} />
        <SkipLink />
        {viewer.draft && <PreviewBanner serverURL={serverEnv().SITE_URL} />}
        <SiteHeader siteName={settings.siteName} navigation={settings.navigation ?? []} />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter
          settings={settings}
          partners={partners}
          cookieSettingsHref={policyPath ? `${policyPath}#cookie-preferences` : null}
        />
        <ConsentedScripts />
      </body>
    </html>
  )
}
