// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { FilterForm } from '@/components/listing/FilterForm'
import { FilterSelect } from '@/components/listing/FilterSelect'

import { filterFormExamples as examples } from '../../fixtures/components/filterForm'
import { axeViolations } from '../../helpers/axeJsdom'

afterEach(cleanup)

type Name = keyof typeof examples

function renderExample(name: Name) {
  const { form, selects } = examples[name].props
  return render(
    <main>
      <FilterForm {...form}>
        {selects.map((select) => (
          <FilterSelect key={select.name} {...select} />
        ))}
      </FilterForm>
    </main>,
  )
}

const optionsOf = (select: HTMLSelectElement) => [...select.options].map((option) => [option.value, option.text])

const hiddenInputs = (form: HTMLElement) =>
  [...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((input) => [input.name, input.value])

describe('FilterForm examples', () => {
  it('nothing selected: a named GET form to the listing, "All themes" chosen, no clear link', () => {
    renderExample('nothing selected')
    const form = screen.getByRole('form', { name: 'Filter projects' })
    expect(form.getAttribute('method')).toBe('get')
    expect(form.getAttribute('action')).toBe('/projects')
    expect(within(form).getByRole('button', { name: 'Apply filters' }).getAttribute('type')).toBe('submit')
    expect(within(form).queryByRole('link', { name: 'Clear filters' })).toBeNull()
    expect(hiddenInputs(form)).toEqual([])
    const select = within(form).getByLabelText<HTMLSelectElement>('Theme')
    expect(select.name).toBe('theme')
    expect(select.value).toBe('')
    expect(optionsOf(select)).toEqual([
      ['', 'All themes'],
      ['loneliness', 'Loneliness and isolation'],
      ['evaluation-methods', 'Evaluation methods'],
    ])
  })

  it('a value selected: the chosen option shows, and "Clear filters" leads to the unfiltered listing', () => {
    renderExample('a value selected')
    const form = screen.getByRole('form', { name: 'Filter projects' })
    expect(within(form).getByLabelText<HTMLSelectElement>('Theme').value).toBe('loneliness')
    expect(within(form).getByRole('link', { name: 'Clear filters' }).getAttribute('href')).toBe('/projects')
  })

  it('several selects: each labelled and keeping its value; only hidden parameters with a value are kept', () => {
    renderExample('several selects')
    const form = screen.getByRole('form', { name: 'Filter events' })
    expect(form.getAttribute('action')).toBe('/events')
    const selects = within(form).getAllByRole<HTMLSelectElement>('combobox')
    expect(selects.map((select) => [select.name, select.value])).toEqual([
      ['status', 'ongoing'],
      ['theme', ''],
      ['year', '2025'],
    ])
    // Each select is named by its own label (distinct ids, so no label names the wrong select).
    expect(selects.map((select) => within(form).getByLabelText(select.labels?.[0]?.textContent ?? ''))).toEqual(selects)
    expect(optionsOf(within(form).getByLabelText<HTMLSelectElement>('Status'))).toEqual([
      ['', 'All statuses'],
      ['planned', 'Planned'],
      ['ongoing', 'Ongoing'],
      ['completed', 'Completed'],
    ])
    expect(hiddenInputs(form)).toEqual([['when', 'past']])
    expect(within(form).getByRole('link', { name: 'Clear filters' }).getAttribute('href')).toBe('/events?when=past')
  })

  it('a theme list: the CMS themes in order, names as text, the chosen one selected', () => {
    const { container } = renderExample('a theme list')
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' })
    expect(optionsOf(select)).toEqual([
      ['', 'All themes'],
      ['arts-health', 'Arts & health'],
      ['green-social-prescribing', 'Green social prescribing'],
      ['children-young-people', 'Children <and> young people'],
      ['link-workers', '“Link workers” and their training'],
    ])
    expect(select.value).toBe('children-young-people')
    expect(select.selectedOptions[0]?.text).toBe('Children <and> young people')
    expect(container.querySelector('and')).toBeNull()
  })

  it.each(Object.keys(examples) as Name[])('has no axe violations: %s', async (name) => {
    const { container } = renderExample(name)
    expect(await axeViolations(container)).toEqual([])
  })
})
