// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import { ListingTabs } from '@/components/listing/ListingTabs'
import { ResultsCount, resultsCountText } from '@/components/listing/ResultsCount'

import { axeViolations } from '../helpers/axeJsdom'

// The filter form and pagination have their own fixture tests in tests/unit/components/.

afterEach(cleanup)

/** Axe on a rendered fixture, inside a main landmark as on a page. */
async function violations(element: ReactElement): Promise<string[]> {
  const { container } = render(<main>{element}</main>)
  return axeViolations(container)
}

describe('ResultsCount', () => {
  const base = { noun: ['report', 'reports'] as const, page: 1, totalPages: 1, empty: 'There are no reports yet.' }

  it('says how many, in the singular or plural, with what they are narrowed to', () => {
    expect(resultsCountText({ ...base, total: 1 })).toBe('1 report.')
    expect(resultsCountText({ ...base, total: 7, qualifier: ' matching type Briefing' })).toBe(
      '7 reports matching type Briefing.',
    )
  })

  it('names the page when there are several', () => {
    expect(resultsCountText({ ...base, total: 23, page: 2, totalPages: 3 })).toBe('23 reports, page 2 of 3.')
  })

  it('says what the listing gives for nothing', () => {
    expect(resultsCountText({ ...base, total: 0 })).toBe('There are no reports yet.')
  })

  it('is a paragraph, or the heading of its results section when given an id', () => {
    render(<ResultsCount {...base} total={3} />)
    expect(screen.getByText('3 reports.').tagName).toBe('P')
    cleanup()
    render(<ResultsCount {...base} total={3} headingId="results" />)
    expect(screen.getByRole('heading', { level: 2, name: '3 reports.' }).id).toBe('results')
  })
})

describe('ListingTabs', () => {
  const tabs = [
    { href: '/events', label: 'Upcoming events', current: false },
    { href: '/events?when=past', label: 'Past events', current: true },
  ]

  it('links every view and marks the current one', async () => {
    render(<ListingTabs label="Upcoming or past events" tabs={tabs} />)
    const nav = screen.getByRole('navigation', { name: 'Upcoming or past events' })
    expect(within(nav).getByRole('link', { name: 'Past events' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Upcoming events' }).getAttribute('aria-current')).toBeNull()
    cleanup()
    expect(await violations(<ListingTabs label="Upcoming or past events" tabs={tabs} />)).toEqual([])
  })
})
