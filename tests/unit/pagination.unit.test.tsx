// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

afterEach(cleanup)

import { Pagination, pageWindow } from '@/components/listing/Pagination'

import { axeViolations } from '../helpers/axeJsdom'

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
    const { container } = render(<Pagination label="Pages of things" current={1} total={1} href={String} />)
    expect(container.innerHTML).toBe('')
  })

  it('links every shown page and marks the current one', () => {
    render(<Pagination label="Pages of things" current={3} total={6} href={(page) => `/things?page=${page}`} />)
    const nav = screen.getByRole('navigation', { name: 'Pages of things' })
    expect(within(nav).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/things?page=2')
    expect(within(nav).getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe('/things?page=4')
    expect(within(nav).getByRole('link', { name: 'Page 3' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Page 6' }).getAttribute('aria-current')).toBeNull()
    expect(within(nav).queryByRole('link', { name: 'Page 5' })).toBeNull()
  })

  it('has no previous link on the first page and no next link on the last; gaps are hidden from screen readers', () => {
    const { container } = render(<Pagination label="Pages of things" current={1} total={9} href={String} />)
    expect(screen.queryByRole('link', { name: 'Previous page' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Next page' }).getAttribute('rel')).toBe('next')
    expect([...container.querySelectorAll('li[aria-hidden="true"]')].map((gap) => gap.textContent)).toEqual(['…'])
    cleanup()
    render(<Pagination label="Pages of things" current={9} total={9} href={String} />)
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('rel')).toBe('prev')
  })

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <Pagination label="Pages of things" current={5} total={10} href={(page) => `/things?page=${page}`} />
      </main>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})
