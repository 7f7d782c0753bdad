import type { ConsentView } from '@/lib/consent/policy'
import { cookiePolicyPath } from '@/lib/consent/policyPath'
import type { PublicCookieSettings } from '@/lib/queries/cookieSettings'

import { CookieBanner } from './CookieBanner.client'

interface Props {
  siteName: string
  settings: PublicCookieSettings
  view: ConsentView
}

/**
 * The banner for visitors without a valid choice, or the confirmation after a choice without
 * JavaScript. Rendered hidden otherwise, so that a choice made in place keeps its confirmation
 * while the page's variant changes under it.
 */
export function CookieBannerSlot({ siteName, settings, view }: Props) {
  return (
    <CookieBanner
      texts={{
        siteName,
        heading: settings.bannerHeading,
        text: settings.bannerText,
        acceptLabel: settings.acceptLabel,
        rejectLabel: settings.rejectLabel,
        moreLabel: settings.moreLabel,
        messages: {
          accepted: settings.acceptedMessage,
          rejected: settings.rejectedMessage,
          saved: settings.savedMessage,
        },
        policyHref: cookiePolicyPath(settings),
      }}
      initial={view.ask ? { mode: 'ask' } : view.notice ? { mode: 'notice', notice: view.notice } : { mode: 'hidden' }}
    />
  )
}
