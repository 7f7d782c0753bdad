import type { SiteSetting } from '@/payload-types'

import { LinkNav } from './LinkNav'

export function SiteFooter({ settings }: { settings: SiteSetting }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{settings.siteName}</p>
        {settings.contactEmail && (
          <p>
            Contact the communications team: <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
          </p>
        )}
        <LinkNav label="Footer" links={settings.footerLinks ?? []} className="site-footer__links" />
      </div>
    </footer>
  )
}
