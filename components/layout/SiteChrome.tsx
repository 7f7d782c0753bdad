import type React from 'react'

import { ConsentedScripts } from '@/components/consent/ConsentedScripts'
import { CookieBannerSlot } from '@/components/consent/CookieBannerSlot'
import type { PageConsent } from '@/lib/consent/pageConsent'
import { cookiePolicyPath } from '@/lib/consent/policyPath'
import { serverEnv } from '@/lib/env'
import { getCookieSettings } from '@/lib/queries/cookieSettings'
import { getPartners } from '@/lib/queries/listings'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { getViewer } from '@/lib/queries/viewer'

import { PreviewBanner } from './PreviewBanner'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

interface Props {
  /** The page variant's consent; null for the few pages outside the variants (a 404 for a file). */
  consent: PageConsent | null
  children: React.ReactNode
}

/** Everything around a page's content: cookie banner, header, main landmark, footer, consented scripts. */
export async function SiteChrome({ consent, children }: Props) {
  const [settings, viewer, partners, cookieSettings] = await Promise.all([
    getSiteSettings(),
    getViewer(),
    getPartners(),
    consent ? consent.settings : getCookieSettings(),
  ])
  return (
    <>
      {/* Before the skip link, in the page flow (GOV.UK): no overlay, no layout shift. */}
      {consent && <CookieBannerSlot siteName={settings.siteName} settings={consent.settings} view={consent.view} />}
      <SiteHeader siteName={settings.siteName} navigation={settings.navigation ?? []} />
      {viewer.draft && <PreviewBanner serverURL={serverEnv().SITE_URL} />}
      <main id="main-content" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter
        settings={settings}
        partners={partners}
        cookieSettingsHref={`${cookiePolicyPath(cookieSettings)}#cookie-preferences`}
      />
      {consent && <ConsentedScripts settings={consent.settings} view={consent.view} />}
    </>
  )
}
