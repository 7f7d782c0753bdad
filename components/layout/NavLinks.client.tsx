'use client'

import Link from 'next/link'
import { useSelectedLayoutSegments } from 'next/navigation'

export interface NavLink {
  id?: string | null
  label: string
  href: string
}

/**
 * The visitor's path below the page variant's layout. Not `usePathname()`: rendered on the
 * server it names the internal address (`/<variant>/about`), so the markup would not match.
 * Filtered listings render from `_list/<listing>` (server/pageVariants.mjs).
 */
function useVisitorPath(): string {
  const segments = useSelectedLayoutSegments()
  return `/${(segments[0] === '_list' ? segments.slice(1) : segments).join('/')}`
}

/** The link list of a navigation landmark, marking the section the visitor is in (aria-current). */
export function NavLinks({ links, className }: { links: NavLink[]; className?: string }) {
  const pathname = useVisitorPath()
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
