// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'

import { ErrorSummary } from '@/components/forms/ErrorSummary'

import { errorSummaryExamples as examples } from '../../fixtures/components/errorSummary'
import { axeViolations } from '../../helpers/axeJsdom'

afterEach(cleanup)

type Name = keyof typeof examples

function renderExample(name: Name) {
  return render(
    <main>
      <ErrorSummary {...examples[name].props} />
    </main>,
  )
}

/** The summary's items as [text, href or null]. */
function items(summary: HTMLElement): [string, string | null][] {
  return within(summary)
    .getAllByRole('listitem')
    .map((item) => [item.textContent ?? '', item.querySelector('a')?.getAttribute('href') ?? null])
}

describe('ErrorSummary examples', () => {
  it('no errors: renders nothing', () => {
    const { container } = renderExample('no errors')
    expect(container.querySelector('main')?.innerHTML).toBe('')
  })

  it('one field: an alert named by its heading, linking the message to the field', () => {
    renderExample('one field')
    const summary = screen.getByRole('alert', { name: 'There is a problem' })
    expect(within(summary).getByRole('heading', { level: 2, name: 'There is a problem' }).id).toBe(
      summary.getAttribute('aria-labelledby'),
    )
    expect(items(summary)).toEqual([['Enter an email address in the correct format', '#contact-email']])
    // Focusable by script (the form moves focus to it), but not a stop in the tab order.
    expect(summary.getAttribute('tabindex')).toBe('-1')
    expect(summary.hasAttribute('autofocus')).toBe(false)
  })

  it('several fields, with a form-level message: the form message as text, then the field links, in order', () => {
    renderExample('several fields, with a form-level message')
    const summary = screen.getByRole('alert', { name: 'There is a problem' })
    expect(items(summary)).toEqual([
      ['This form has expired. Send it again.', null],
      ['Enter your name', '#contact-name'],
      ['Enter a message', '#contact-message'],
    ])
  })

  it('message with markup in it: shown as text', () => {
    renderExample('message with markup in it')
    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('link').textContent).toBe('Remove <script>alert(1)</script> & try again')
    expect(summary.querySelector('script')).toBeNull()
  })

  it('focused on load: the server HTML carries autofocus on the summary', () => {
    const html = renderToStaticMarkup(<ErrorSummary {...examples['focused on load'].props} />)
    const container = document.body.appendChild(document.createElement('div'))
    container.innerHTML = html
    const summary = within(container).getByRole('alert', { name: 'There is a problem' })
    expect(summary.hasAttribute('autofocus')).toBe(true)
    expect(summary.getAttribute('tabindex')).toBe('-1')
    expect(renderToStaticMarkup(<ErrorSummary {...examples['one field'].props} />)).not.toContain('autofocus')
    container.remove()
  })

  it.each(Object.keys(examples) as Name[])('has no axe violations: %s', async (name) => {
    const { container } = renderExample(name)
    expect(await axeViolations(container)).toEqual([])
  })
})
