import Link from 'next/link'
import { useId } from 'react'

import type { CallToActionBlock } from '@/payload-types'
import { safeHref } from '@/lib/validation/linkUrl'
import styles from './styles.module.css'

/** A highlighted invitation with one or two links: site paths go through the router, https addresses do not. */
export function CallToActionBlockComponent({ block }: { block: CallToActionBlock }) {
  const headingId = useId()
  const links = block.links ?? []
  return (
    <section className={`block ${styles.cta}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{block.heading}</h2>
      {block.text && <p className={styles.text}>{block.text}</p>}
      {links.length > 0 && (
        <ul>
          {links.map((link, index) => {
            const className = index === 0 ? 'button' : 'button button--secondary'
            return (
              <li key={link.id ?? link.href}>
                {!safeHref(link.href) ? (
                  <span>{link.label}</span>
                ) : isSitePath(link.href) ? (
                  <Link href={link.href} className={className}>
                    {link.label}
                  </Link>
                ) : (
                  <a href={link.href} className={className}>
                    {link.label}
                  </a>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** "/about" is a page of this site; "//host" is protocol-relative, so external. */
function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//')
}
