import Link from 'next/link'
import type { ReactNode } from 'react'

import linked from './LinkedList.module.css'
import styles from './RelatedList.module.css'

export interface RelatedItem {
  id: number
  title: string
  href: string | null
  /** One line under the title: what it is and when, e.g. "Report, 3 March 2026". */
  meta: ReactNode
}

/** A titled list of related work (outputs, events, posts, projects): each a link with its type and date. */
export function RelatedList({ heading, items }: { heading: string; items: RelatedItem[] }) {
  if (items.length === 0) return null
  return (
    <section>
      <h2>{heading}</h2>
      <ul className={`${linked.list} ${styles.list}`}>
        {items.map((item) => (
          <li key={item.id}>
            {item.href ? <Link href={item.href}>{item.title}</Link> : item.title}
            <p className={styles.meta}>{item.meta}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
