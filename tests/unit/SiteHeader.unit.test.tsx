// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { SiteHeader } from '@/components/layout/SiteHeader'

const location = vi.hoisted(() => ({ pathname: '/' }))
vi.mock('next/navigation', () => ({ usePathname: () => location.pathname }))

afterEach(cleanup)

describe('SiteHeader', () => {
  it('links the site name home and lists the CMS navigation in order', () => {
    render(
      <SiteHeader
        siteName="Research Network"
        navigation={[
          { id: '1', label: 'About', href: '/about' },
          { id: '2', label: 'News & Views', href: '/news' },
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'Research Network' }).getAttribute('href')).toBe('/')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['About', '/about'],
      ['News & Views', '/news'],
    ])
  })

  it('marks the section the visitor is in', () => {
    location.pathname = '/news/a-story'
    render(
      <SiteHeader
        siteName="Research Network"
        navigation={[
          { id: '1', label: 'About', href: '/about' },
          { id: '2', label: 'News', href: '/news' },
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'News' }).getAttribute('aria-current')).toBe('true')
    expect(screen.getByRole('link', { name: 'About' }).getAttribute('aria-current')).toBeNull()
    location.pathname = '/'
  })

  it('renders no empty navigation landmark when the menu is empty', () => {
    render(<SiteHeader siteName="Research Network" navigation={[]} />)
    expect(screen.queryByRole('navigation')).toBeNull()
  })
})
