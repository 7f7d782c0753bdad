import type { Partner } from '@/lib/queries/listings'
import type { SiteSetting } from '@/payload-types'

import { LinkNav } from './LinkNav'
import { safeHref } from '@/lib/validation/linkUrl'
import styles from './SiteFooter.module.css'

interface Props {
  settings: SiteSetting
  partners: Partner[]
  /** The cookie preferences on the cookie policy page: anyone can change their mind from any page. */
  cookieSettingsHref: string | null
}

export function SiteFooter({ settings, partners, cookieSettingsHref }: Props) {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p className={styles.name}>{settings.siteName}</p>
        {settings.contactEmail && (
          <p>
            Contact the communications team: <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
          </p>
        )}
        {partners.length > 0 && (
          <section aria-labelledby="footer-partners">
            <h2 id="footer-partners" className={styles.heading}>
              Our partners
            </h2>
            <ul className={styles.partners}>
              {partners.map((partner) => (
                <li key={partner.id}>
                  {safeHref(partner.website) ? <a href={safeHref(partner.website)}>{partner.name}</a> : partner.name}
                </li>
              ))}
            </ul>
          </section>
        )}
        <LinkNav
          label="Footer"
          links={[
            ...(settings.footerLinks ?? []),
            ...(cookieSettingsHref ? [{ label: 'Cookie settings', href: cookieSettingsHref }] : []),
          ]}
          className={styles.links}
        />
      </div>
    </footer>
  )
}
