// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

afterEach(cleanup)

import { Pagination, pageWindow } from '@/components/ui/Pagination'

describe('pageWindow', () => {
  it('shows every page of a short run', () => {
    expect(pageWindow(2, 3)).toEqual([1, 2, 3])
  })

  it('keeps the first, last and neighbouring pages, with gaps between', () => {
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10])
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10])
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10])
  })
})

describe('Pagination', () => {
  it('renders nothing for a single page', () => {
    const { container } = render(
      <Pagination label="Pages of things" className="p" current={1} total={1} href={String} />,
    )
    expect(container.innerHTML).toBe('')
  })

  it('links every shown page and marks the current one', () => {
    render(
      <Pagination
        label="Pages of things"
        className="p"
        current={3}
        total={6}
        href={(page) => `/things?page=${page}`}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Pages of things' })
    expect(within(nav).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/things?page=2')
    expect(within(nav).getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe('/things?page=4')
    expect(within(nav).getByRole('link', { name: 'Page 3' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Page 6' }).getAttribute('aria-current')).toBeNull()
    expect(within(nav).queryByRole('link', { name: 'Page 5' })).toBeNull()
  })
})
