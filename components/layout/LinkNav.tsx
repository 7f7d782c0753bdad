import { NavLinks, type NavLink } from './NavLinks.client'

export type { NavLink }

interface LinkNavProps {
  label: string
  links: NavLink[]
  className?: string
}

/** A labelled navigation landmark of CMS links; renders nothing when there are no links. */
export function LinkNav({ label, links, className }: LinkNavProps) {
  if (links.length === 0) return null
  return (
    <nav aria-label={label}>
      <NavLinks links={links.map(({ id, label: text, href }) => ({ id, label: text, href }))} className={className} />
    </nav>
  )
}
