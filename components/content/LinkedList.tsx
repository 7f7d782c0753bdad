import Link from 'next/link'
import { safeHref } from '@/lib/validation/linkUrl'
import styles from './LinkedList.module.css'

export interface LinkedItem {
  id: number | string
  label: string
  href?: string | null
}

/** A titled list of related items, linked where they have a public address. */
export function LinkedList({ heading, items }: { heading: string; items: LinkedItem[] }) {
  if (items.length === 0) return null
  return (
    <section>
      <h2>{heading}</h2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id}>{safeHref(item.href) ? <Link href={item.href ?? ''}>{item.label}</Link> : item.label}</li>
        ))}
      </ul>
    </section>
  )
}

/** Editors' own links (a project's or a profile's "Links") as list items. */
export function externalLinkItems(links: { id?: string | null; label: string; url: string }[] | null | undefined) {
  return (links ?? []).map((link, index): LinkedItem => ({ id: link.id ?? index, label: link.label, href: link.url }))
}
