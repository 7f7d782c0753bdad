// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import { FilterForm } from '@/components/listing/FilterForm'
import { FilterSelect } from '@/components/listing/FilterSelect'
import { ListingTabs } from '@/components/listing/ListingTabs'
import { ResultsCount, resultsCountText } from '@/components/listing/ResultsCount'

import { axeViolations } from '../helpers/axeJsdom'

afterEach(cleanup)

/** Axe on a rendered fixture, inside a main landmark as on a page. */
async function violations(element: ReactElement): Promise<string[]> {
  const { container } = render(<main>{element}</main>)
  return axeViolations(container)
}

const themes = [
  { value: 'loneliness', label: 'Loneliness and isolation' },
  { value: 'evaluation-methods', label: 'Evaluation methods' },
]

/** Named examples, GOV.UK Frontend style: each renders one state of the filter form. */
const filterForms = {
  unfiltered: (
    <FilterForm action="/projects" label="Filter projects">
      <FilterSelect name="theme" label="Theme" allLabel="All themes" options={themes} value={null} />
    </FilterForm>
  ),
  filtered: (
    <FilterForm
      action="/events"
      label="Filter events"
      clearHref="/events?when=past"
      hidden={{ when: 'past', mode: null }}
    >
      <FilterSelect name="theme" label="Theme" allLabel="All themes" options={themes} value="evaluation-methods" />
      <FilterSelect
        name="year"
        label="Year"
        allLabel="All years"
        options={[{ value: '2025', label: '2025' }]}
        value={2025}
      />
    </FilterForm>
  ),
}

describe('FilterForm', () => {
  it('is a named GET form to the listing, with one submit wording and no clear link while unfiltered', () => {
    render(filterForms.unfiltered)
    const form = screen.getByRole('form', { name: 'Filter projects' })
    expect(form.getAttribute('method')).toBe('get')
    expect(form.getAttribute('action')).toBe('/projects')
    expect(within(form).getByRole('button', { name: 'Apply filters' }).getAttribute('type')).toBe('submit')
    expect(within(form).queryByRole('link', { name: 'Clear filters' })).toBeNull()
    const select = within(form).getByLabelText<HTMLSelectElement>('Theme')
    expect(select.name).toBe('theme')
    expect(select.value).toBe('')
    expect([...select.options].map((option) => [option.value, option.text])).toEqual([
      ['', 'All themes'],
      ['loneliness', 'Loneliness and isolation'],
      ['evaluation-methods', 'Evaluation methods'],
    ])
  })

  it('shows the chosen values, keeps hidden parameters that have a value, and offers to clear', () => {
    const { container } = render(filterForms.filtered)
    const form = screen.getByRole('form', { name: 'Filter events' })
    expect(within(form).getByLabelText<HTMLSelectElement>('Theme').value).toBe('evaluation-methods')
    expect(within(form).getByLabelText<HTMLSelectElement>('Year').value).toBe('2025')
    const hidden = [...container.querySelectorAll<HTMLInputElement>('input[type="hidden"]')]
    expect(hidden.map((input) => [input.name, input.value])).toEqual([['when', 'past']])
    expect(within(form).getByRole('link', { name: 'Clear filters' }).getAttribute('href')).toBe('/events?when=past')
  })

  it.each(Object.entries(filterForms))('has no axe violations: %s', async (_, example) => {
    expect(await violations(example)).toEqual([])
  })
})

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
