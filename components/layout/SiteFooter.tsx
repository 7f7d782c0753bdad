import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

export function SiteFooter({ settings }: { settings: SiteSetting }) {
  const links = settings.footerLinks ?? []
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{settings.siteName}</p>
        {settings.contactEmail && (
          <p>
            Contact the communications team: <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
          </p>
        )}
        {links.length > 0 && (
          <nav aria-label="Footer">
            <ul className="site-footer__links">
              {links.map((item) => (
                <li key={item.id ?? item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  )
}
