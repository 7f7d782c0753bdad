import Link from 'next/link'

import { HeaderSearch } from '@/components/search/HeaderSearch'

import { LinkNav, type NavLink } from './LinkNav'
import { SkipLink } from './SkipLink'
import styles from './SiteHeader.module.css'

interface SiteHeaderProps {
  siteName: string
  navigation: NavLink[]
}

export function SiteHeader({ siteName, navigation }: SiteHeaderProps) {
  return (
    <header className={styles.header}>
      {/* Inside the banner landmark, so no content sits outside landmarks (axe `region`). */}
      <SkipLink />
      <div className={`container ${styles.inner}`}>
        <Link className={styles.name} href="/">
          {siteName}
        </Link>
        <HeaderSearch />
        <LinkNav label="Main" links={navigation} className={styles.nav} />
      </div>
    </header>
  )
}
