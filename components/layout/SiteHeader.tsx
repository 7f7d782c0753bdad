import Link from 'next/link'

import { HeaderSearch } from '@/components/search/HeaderSearch'

import { LinkNav, type NavLink } from './LinkNav'
import { SkipLink } from './SkipLink'

interface SiteHeaderProps {
  siteName: string
  navigation: NavLink[]
}

export function SiteHeader({ siteName, navigation }: SiteHeaderProps) {
  return (
    <header className="site-header">
      {/* Inside the banner landmark, so no content sits outside landmarks (axe `region`). */}
      <SkipLink />
      <div className="container site-header__inner">
        <Link className="site-header__name" href="/">
          {siteName}
        </Link>
        <HeaderSearch />
        <LinkNav label="Main" links={navigation} className="site-nav" />
      </div>
    </header>
  )
}
