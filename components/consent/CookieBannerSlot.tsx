import type { ConsentView } from '@/lib/consent/policy'
import { publicPath } from '@/lib/paths'
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
  // Without a page chosen in Cookie settings, the seeded address of the cookie policy.
  const policyHref = (settings.policyPage ? publicPath('pages', settings.policyPage) : null) ?? '/cookies'
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
        policyHref,
      }}
      initial={view.ask ? { mode: 'ask' } : view.notice ? { mode: 'notice', notice: view.notice } : { mode: 'hidden' }}
    />
  )
}
