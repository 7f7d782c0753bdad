// @vitest-environment jsdom
import { format } from 'node:util'

import { cleanup, render, screen, within } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

import { SiteHeader } from '@/components/layout/SiteHeader'

// The segments below the page variant's layout, as Next.js gives them to the header.
const location = vi.hoisted(() => ({ segments: [] as string[] }))
vi.mock('next/navigation', () => ({ useSelectedLayoutSegments: () => location.segments }))

afterEach(cleanup)

// jsdom does not know the HTML `<search>` landmark the header's search form sits in, and React
// says so once: asserted here rather than printed.
const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
afterAll(() => {
  for (const args of consoleError.mock.calls) expect(format(...args)).toMatch(/The tag <search> is unrecognized/)
  consoleError.mockRestore()
})

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
    location.segments = ['news', 'a-story']
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
    cleanup()
    // A filtered listing renders from its per-request twin under `_list`.
    location.segments = ['_list', 'news']
    render(<SiteHeader siteName="Research Network" navigation={[{ id: '2', label: 'News', href: '/news' }]} />)
    expect(screen.getByRole('link', { name: 'News' }).getAttribute('aria-current')).toBe('page')
    location.segments = []
  })

  it('starts with the skip link, inside the banner landmark', () => {
    render(<SiteHeader siteName="Research Network" navigation={[]} />)
    const banner = screen.getByRole('banner')
    expect(within(banner).getAllByRole('link')[0]?.textContent).toBe('Skip to main content')
  })

  it('renders no empty navigation landmark when the menu is empty', () => {
    render(<SiteHeader siteName="Research Network" navigation={[]} />)
    expect(screen.queryByRole('navigation')).toBeNull()
  })
})
