import { getVisitorConsent } from '@/lib/consent/readConsent'
import { publicPath } from '@/lib/paths'

import { CookieBanner } from './CookieBanner.client'

/** The banner for visitors without a valid choice, or the confirmation after a choice without JavaScript. */
export async function CookieBannerSlot({ siteName }: { siteName: string }) {
  const { settings, view, notice } = await getVisitorConsent()
  if (!view.ask && !notice) return null
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
      initial={view.ask ? { mode: 'ask' } : { mode: 'notice', notice: notice ?? 'saved' }}
    />
  )
}
