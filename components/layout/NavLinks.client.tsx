'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import type { NavLink } from './LinkNav'

/** The link list of a navigation landmark, marking the section the visitor is in (aria-current). */
export function NavLinks({ links, className }: { links: NavLink[]; className: string }) {
  const pathname = usePathname() ?? ''
  return (
    <ul className={className}>
      {links.map((item) => {
        const active =
          item.href === '/' ? pathname === '/' : pathname === item.href || pathname.startsWith(`${item.href}/`)
        return (
          <li key={item.id ?? item.href}>
            <Link href={item.href} aria-current={active ? (pathname === item.href ? 'page' : 'true') : undefined}>
              {item.label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
