import { Media } from '@/components/cms/Media'
import { getPartners, type Partner } from '@/lib/queries/listings'
import type { PartnerLogosBlock } from '@/payload-types'
import { safeHref } from '@/lib/validation/linkUrl'
import styles from './styles.module.css'

/** Partner organisations: their logos (named by alt text) or names, linking to their websites. */
export async function PartnerLogosBlockComponent({ block }: { block: PartnerLogosBlock }) {
  const ids = (block.organisations ?? []).map((organisation) =>
    typeof organisation === 'number' ? organisation : organisation.id,
  )
  const partners = await getPartners(ids)
  if (partners.length === 0) return null
  return (
    <section className="block">
      {block.heading && <h2>{block.heading}</h2>}
      <ul className={styles.list}>
        {partners.map((partner) => (
          <li key={partner.id}>
            {safeHref(partner.website) ? (
              <a href={safeHref(partner.website)} className={styles.link}>
                <PartnerMark partner={partner} />
              </a>
            ) : (
              <PartnerMark partner={partner} />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

function PartnerMark({ partner }: { partner: Partner }) {
  const logo = typeof partner.logo === 'object' && partner.logo?.url ? partner.logo : null
  if (!logo) return <span className={styles.name}>{partner.name}</span>
  // The logo stands for the organisation, so its name is the alt text whatever the image library says.
  return <Media media={{ ...logo, alt: partner.name, decorative: false }} sizes="12rem" className={styles.logo} />
}
