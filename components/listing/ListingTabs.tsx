import Link from 'next/link'

import styles from './ListingTabs.module.css'

export interface ListingTab {
  href: string
  label: string
  current: boolean
}

/** Links between views of one listing (upcoming or past events; news, blog or both), the current one marked. */
export function ListingTabs({ label, tabs }: { label: string; tabs: readonly ListingTab[] }) {
  return (
    <nav aria-label={label} className={styles.tabs}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={tab.current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
