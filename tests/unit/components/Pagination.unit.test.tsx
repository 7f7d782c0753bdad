// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { Pagination, pageWindow } from '@/components/listing/Pagination'

import { paginationExamples as examples } from '../../fixtures/components/pagination'
import { axeViolations } from '../../helpers/axeJsdom'

afterEach(cleanup)

type Name = keyof typeof examples

function renderExample(name: Name) {
  return render(
    <main>
      <Pagination {...examples[name].props} />
    </main>,
  )
}

/** The numbered links and gaps as a reader of the page meets them: `…` for a gap. */
function pageItems(nav: HTMLElement): string[] {
  return [...nav.querySelectorAll('li')]
    .filter((item) => !/page$/.test(item.textContent ?? ''))
    .map((item) => (item.getAttribute('aria-hidden') === 'true' ? '…' : (item.textContent ?? '')))
}

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

describe('Pagination examples', () => {
  it('single page: renders nothing', () => {
    const { container } = renderExample('single page')
    expect(container.querySelector('main')?.innerHTML).toBe('')
  })

  it('two pages, on the first: both numbered, next only, no gap', () => {
    renderExample('two pages, on the first')
    const nav = screen.getByRole('navigation', { name: 'Pages of reports' })
    expect(pageItems(nav)).toEqual(['1', '2'])
    expect(within(nav).queryByRole('link', { name: 'Previous page' })).toBeNull()
    const next = within(nav).getByRole('link', { name: 'Next page' })
    expect(next.getAttribute('href')).toBe('/reports?type=briefing&page=2')
    expect(next.getAttribute('rel')).toBe('next')
  })

  it('first of many: current page marked, a gap hidden from screen readers, then the last page', () => {
    const { container } = renderExample('first of many')
    const nav = screen.getByRole('navigation', { name: 'Pages of reports' })
    expect(pageItems(nav)).toEqual(['1', '2', '…', '9'])
    expect(within(nav).getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBeNull()
    expect(within(nav).queryByRole('link', { name: 'Previous page' })).toBeNull()
    expect([...container.querySelectorAll('[aria-hidden="true"]')].map((gap) => gap.textContent)).toEqual(['…'])
  })

  it('middle of many: previous and next around first, neighbours and last, each linked to its page', () => {
    renderExample('middle of many')
    const nav = screen.getByRole('navigation', { name: 'Pages of reports' })
    expect(pageItems(nav)).toEqual(['1', '…', '4', '5', '6', '…', '10'])
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.getAttribute('aria-label') ?? link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Previous page', '/reports?type=briefing&page=4'],
      ['Page 1', '/reports?type=briefing&page=1'],
      ['Page 4', '/reports?type=briefing&page=4'],
      ['Page 5', '/reports?type=briefing&page=5'],
      ['Page 6', '/reports?type=briefing&page=6'],
      ['Page 10', '/reports?type=briefing&page=10'],
      ['Next page', '/reports?type=briefing&page=6'],
    ])
    expect(within(nav).getByRole('link', { name: 'Previous page' }).getAttribute('rel')).toBe('prev')
    const current = within(nav)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page')
    expect(current.map((link) => link.textContent)).toEqual(['5'])
  })

  it('last of many: previous but no next', () => {
    renderExample('last of many')
    const nav = screen.getByRole('navigation', { name: 'Pages of reports' })
    expect(pageItems(nav)).toEqual(['1', '…', '8', '9'])
    expect(within(nav).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe(
      '/reports?type=briefing&page=8',
    )
    expect(within(nav).queryByRole('link', { name: 'Next page' })).toBeNull()
    expect(within(nav).getByRole('link', { name: 'Page 9' }).getAttribute('aria-current')).toBe('page')
  })

  it.each(Object.keys(examples) as Name[])('has no axe violations: %s', async (name) => {
    const { container } = renderExample(name)
    expect(await axeViolations(container)).toEqual([])
  })
})
