import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

interface SiteHeaderProps {
  siteName: string
  navigation: NonNullable<SiteSetting['navigation']>
}

export function SiteHeader({ siteName, navigation }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link className="site-header__name" href="/">
          {siteName}
        </Link>
        {navigation.length > 0 && (
          <nav aria-label="Main">
            <ul className="site-nav">
              {navigation.map((item) => (
                <li key={item.id ?? item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  )
}
