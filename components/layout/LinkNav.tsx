import Link from 'next/link'

export interface NavLink {
  id?: string | null
  label: string
  href: string
}

interface LinkNavProps {
  label: string
  links: NavLink[]
  className: string
}

/** A labelled navigation landmark of CMS links; renders nothing when there are no links. */
export function LinkNav({ label, links, className }: LinkNavProps) {
  if (links.length === 0) return null
  return (
    <nav aria-label={label}>
      <ul className={className}>
        {links.map((item) => (
          <li key={item.id ?? item.href}>
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
