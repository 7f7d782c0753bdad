import { expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/e2eAxe'

const results = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.locator('h3') })
/** The count above the results (in the page's HTML, with or without JavaScript). */
const count = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2, name: /for ‘/ })
/** The status region that announces the count when results change with JavaScript. */
const status = (page: Page) => page.getByRole('main').getByRole('status')

test.describe('site search without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('searches from the header of any page; results show type, date and the matched words', async ({ page }) => {
    await page.goto('/about')
    await page.getByRole('banner').getByLabel('Search this site').fill('prescribed')
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/search\?q=prescribed$/)
    await expect(page).toHaveTitle(/^prescribed – Search/)
    await expect(count(page)).toHaveText(/^\d+ results? for ‘prescribed’$/)
    // English stemming: the index has "prescribing", the visitor typed "prescribed".
    await expect(results(page).first().locator('mark').first()).toHaveText(/^prescrib/i)
    await expect(page.getByLabel('Search the network’s projects, people, events, reports and news')).toHaveValue(
      'prescribed',
    )
    await expectNoAxeViolations(page, { scriptsDisabled: true })
  })

  test('finds a report by words that are only in its PDF', async ({ page }) => {
    // The jobs queue reads the demo PDFs shortly after the server starts.
    await expect(async () => {
      await page.goto('/search?q=%22bibliographic+databases%22')
      await expect(results(page).first().getByRole('heading')).toHaveText(
        'Green social prescribing: a rapid evidence review',
        { timeout: 1000 },
      )
    }).toPass({ timeout: 30_000 })
    await expect(results(page).first().locator('mark').first()).toHaveText(/bibliographic/i)
  })

  test('filters by type with counts that agree with the results, and sorts by date', async ({ page }) => {
    await page.goto('/search?q=social+prescribing')
    const reports = page.getByRole('checkbox', { name: /^Reports \(\d+\)$/ })
    const label = await page.locator('label[for="filter-type-report"]').textContent()
    const expected = Number(/\((\d+)\)/.exec(label ?? '')?.[1])
    expect(expected).toBeGreaterThan(0)
    await reports.check()
    await page.getByRole('radio', { name: 'Newest first' }).check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/type=report/)
    await expect(page).toHaveURL(/sort=newest/)
    await expect(count(page)).toHaveText(new RegExp(`^${expected} results? for ‘social prescribing’`))
    const metas = await results(page).locator('p:first-of-type').allTextContents()
    expect(metas.length).toBe(Math.min(expected, 10))
    for (const meta of metas) expect(meta).toMatch(/^Report · /)
    const dates = await results(page)
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(dates).toEqual([...dates].sort().reverse())
    await expect(page.getByRole('checkbox', { name: /^Reports/ })).toBeChecked()
    await expectNoAxeViolations(page, { scriptsDisabled: true })
  })

  test('offers a corrected spelling, and advice when nothing matches', async ({ page }) => {
    await page.goto('/search?q=presribing')
    const suggestion = page.getByText('Did you mean').getByRole('link')
    await expect(suggestion).toHaveText('prescribing')
    await suggestion.click()
    await expect(page).toHaveURL(/q=prescribing/)
    expect(await results(page).count()).toBeGreaterThan(0)

    await page.goto('/search?q=qqzzxxwy')
    await expect(count(page)).toHaveText('0 results for ‘qqzzxxwy’')
    await expect(page.getByRole('heading', { name: 'There are no matching results' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', { name: 'Reports and publications' })).toBeVisible()
    await expectNoAxeViolations(page, { scriptsDisabled: true })
  })

  test('shows markup in a query as text', async ({ page }) => {
    await page.goto('/search?q=%3Cscript%3Ealert(1)%3C/script%3E')
    await expect(count(page)).toContainText('‘<script>alert(1)</script>’')
  })

  test('keeps every character of a query: plus signs, ampersands, equals and percent signs', async ({ page }) => {
    for (const q of ['C++', 'A&E = 100%', 'a+b&type=news']) {
      await page.goto(`/search?${new URLSearchParams({ q })}`)
      await expect(page.getByLabel('Search the network’s projects, people, events, reports and news')).toHaveValue(q)
      await expect(count(page)).toContainText(`‘${q}’`)
    }
  })
})

test.describe('site search with JavaScript', () => {
  test('results follow the words as they are typed, announced in the status region', async ({ page }) => {
    await page.goto('/search')
    const field = page.getByLabel('Search the network’s projects, people, events, reports and news')
    await expect(page.getByText('Results update as you type.')).toBeVisible()
    await field.pressSequentially('loneliness', { delay: 40 })
    await expect(status(page)).toHaveText(/^\d+ results? for ‘loneliness’$/)
    await expect(page).toHaveURL(/\/search\?q=loneliness$/)
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('loneliness')
    // Typing on: the words so far stay, the caret stays at the end, and the next search follows.
    await field.pressSequentially(' link', { delay: 40 })
    await expect(status(page)).toHaveText(/^\d+ results? for ‘loneliness link’$/)
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('loneliness link')
    await expect(page.getByRole('main').getByRole('status')).toHaveCount(1)
    expect(await results(page).count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
  })
})
