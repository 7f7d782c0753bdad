import { readFile } from 'node:fs/promises'

import { expect, type Page, test } from '@playwright/test'

import { jsonLd } from '../helpers/jsonLd'
import { expectNoAxeViolations } from '../helpers/e2eAxe'

/** The demo reports (seed/data/reports.ts), newest first. */
const interim = {
  title: 'Link workers and loneliness in later life: interim report',
  slug: 'link-workers-and-loneliness-interim-report',
  doi: '10.5555/osprn-demo.2001',
  authors: ['Miriam Okafor-Hale', 'Samuel Adeyemi', 'Alex Example', 'Tomasz Wierzbicki'],
}
const protocol = 'Collections for wellbeing: protocol for a realist evaluation'
const review = 'Green social prescribing: a rapid evidence review'
const briefing = 'Social prescribing in primary care: a briefing for policymakers'
const article = {
  title: 'Who is referred, and to what? A survey of local social prescribing services',
  slug: 'who-is-referred-and-to-what-a-survey-of-local-social-prescribing-services',
  journal: 'Example Journal of Primary Care Research (fictional)',
}
const newestFirst = [interim.title, protocol, review, briefing, article.title]

const results = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.locator('h2') })
const listedTitles = (page: Page) => results(page).getByRole('heading', { level: 2 }).allTextContents()
const countText = (page: Page) => page.getByText(/^(\d+ reports?\b.*|No reports match these filters\..*)$/)

test.describe('reports listing', () => {
  test('lists the published reports newest first, with type, date, authors and an excerpt', async ({ page }) => {
    const response = await page.goto('/reports')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('Research: reports and publications | OSPRN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Research: reports and publications')
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible()

    const titles = await listedTitles(page)
    expect(titles.filter((title) => newestFirst.includes(title))).toEqual(newestFirst)
    await expect(countText(page)).toHaveText(`${titles.length} reports.`)

    const item = results(page).filter({ hasText: interim.title })
    await expect(item.getByRole('link', { name: interim.title })).toHaveAttribute('href', `/reports/${interim.slug}`)
    await expect(item).toContainText(/Report, \d{1,2} \w+ \d{4}/)
    await expect(item).toContainText(`By ${interim.authors.join(', ')}`)
    await expect(item).toContainText('This interim report describes the first year')
    await expect(item).not.toContainText('A final report will follow.')

    for (const label of ['Type', 'Year', 'Theme', 'Project']) {
      await expect(page.getByLabel(label, { exact: true })).toBeVisible()
    }
    await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('each year lists only reports published that year, and the years add up to all of them', async ({ page }) => {
    await page.goto('/reports')
    const total = (await listedTitles(page)).length
    const years = (await page.getByLabel('Year', { exact: true }).locator('option').allTextContents()).filter((year) =>
      /^\d{4}$/.test(year),
    )
    expect(years.length).toBeGreaterThan(0)
    let counted = 0
    for (const year of years) {
      await page.goto(`/reports?year=${year}`)
      await expect(page.getByLabel('Year', { exact: true })).toHaveValue(year)
      const dates = await results(page).locator('time').allTextContents()
      expect(dates.length).toBeGreaterThan(0)
      expect(dates.every((date) => date.endsWith(year))).toBe(true)
      counted += dates.length
    }
    expect(counted).toBe(total)
  })

  test('filters by theme and by project from the address', async ({ page }) => {
    await page.goto('/reports?theme=evaluation-methods')
    await expect(page.getByLabel('Theme', { exact: true })).toHaveValue('evaluation-methods')
    expect(await listedTitles(page)).toEqual([protocol, review])
    await expect(countText(page)).toHaveText('2 reports matching theme Evaluation methods.')

    await page.goto('/reports?project=mapping-local-social-prescribing-services')
    expect(await listedTitles(page)).toEqual([briefing, article.title])
  })

  test('ignores values it does not know, and answers 404 for a page beyond the last', async ({ page }) => {
    const response = await page.goto('/reports?type=nonsense&year=19x9&theme=%3Cscript%3E&project=&page=first')
    expect(response?.status()).toBe(200)
    expect((await listedTitles(page)).filter((title) => newestFirst.includes(title))).toEqual(newestFirst)
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('')

    const beyond = await page.goto('/reports?page=999')
    expect(beyond?.status()).toBe(404)
  })
})

test.describe('reports listing without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filter form narrows the list by type, and can be cleared', async ({ page }) => {
    await page.goto('/reports')
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Briefing' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/[?&]type=briefing/)
    expect(await listedTitles(page)).toEqual([briefing])
    await expect(countText(page)).toHaveText('1 report matching type Briefing.')
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('briefing')

    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/reports$/)
    expect((await listedTitles(page)).length).toBeGreaterThanOrEqual(newestFirst.length)
  })
})

test.describe('report page', () => {
  test('shows the abstract, authors, date, DOI link, a formatted citation and structured data', async ({
    page,
    baseURL,
  }) => {
    const response = await page.goto(`/reports/${interim.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(interim.title)

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('link', { name: 'Research' })).toHaveAttribute('href', '/reports')
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(interim.title)

    await expect(page.getByRole('heading', { level: 2, name: 'Abstract' })).toBeVisible()
    await expect(page.getByText(/^This interim report describes the first year/)).toBeVisible()
    await expect(page.getByRole('definition').filter({ hasText: interim.authors[0] })).toHaveText(
      interim.authors.join(', '),
    )
    await expect(page.getByRole('link', { name: 'Miriam Okafor-Hale' })).toHaveAttribute(
      'href',
      '/members/miriam-okafor-hale',
    )
    await expect(page.getByRole('link', { name: interim.doi })).toHaveAttribute(
      'href',
      `https://doi.org/${interim.doi}`,
    )
    await expect(page.getByRole('link', { name: /^Download the report \(PDF, [\d.]+ (bytes|KB|MB)\)$/ })).toBeVisible()

    await expect(page.getByRole('heading', { level: 2, name: 'Cite this report' })).toBeVisible()
    await expect(
      page.getByText(/^Okafor-Hale, M\., Adeyemi, S\., Example, A\., & Wierzbicki, T\. \(\d{4}\)\. Link workers/),
    ).toContainText(`https://doi.org/${interim.doi}`)

    const report = (await jsonLd(page)).find((item) => item['@type'] === 'Report')
    expect(report?.name).toBe(interim.title)
    expect((report?.author as { name: string }[]).map((author) => author.name)).toEqual(interim.authors)
    expect(report?.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: interim.doi })
    expect(report?.url).toBe(`${baseURL}/reports/${interim.slug}`)
    expect(report?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(report?.encoding).toMatchObject({ '@type': 'MediaObject', encodingFormat: 'application/pdf' })
    expect((await jsonLd(page)).some((item) => item['@type'] === 'BreadcrumbList')).toBe(true)
    await expectNoAxeViolations(page)
  })

  test('describes a journal article as a ScholarlyArticle in its journal, and offers no PDF it does not have', async ({
    page,
  }) => {
    await page.goto(`/reports/${article.slug}`)
    await expect(page.getByText('Journal article', { exact: true })).toBeVisible()
    await expect(page.getByRole('definition').filter({ hasText: article.journal })).toBeVisible()
    await expect(page.getByRole('link', { name: /^Download the journal article/ })).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 2, name: 'Cite this journal article' })).toBeVisible()
    const scholarly = (await jsonLd(page)).find((item) => item['@type'] === 'ScholarlyArticle')
    expect(scholarly?.isPartOf).toEqual({ '@type': 'Periodical', name: article.journal })
    await expectNoAxeViolations(page)
  })

  test('answers 404 for a report that does not exist, and for its citation', async ({ page, request }) => {
    expect((await page.goto('/reports/no-such-report'))?.status()).toBe(404)
    expect((await request.get('/reports/no-such-report/citation.bib')).status()).toBe(404)
    expect((await request.get('/reports/no-such-report/citation.ris')).status()).toBe(404)
  })
})

test.describe('report downloads without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('downloads the PDF', async ({ page }) => {
    await page.goto(`/reports/${interim.slug}`)
    const link = page.getByRole('link', { name: /^Download the report \(PDF/ })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    expect((await readFile(await download.path())).subarray(0, 4).toString('latin1')).toBe('%PDF')

    const response = await page.request.get((await link.getAttribute('href')) ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/)
    expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF')
  })

  test('downloads the citation as BibTeX', async ({ page }) => {
    await page.goto(`/reports/${interim.slug}`)
    const link = page.getByRole('link', { name: 'Download the citation as BibTeX (.bib)' })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(`${interim.slug}.bib`)
    const saved = await readFile(await download.path(), 'utf8')
    expect(saved).toMatch(/^@techreport\{/)
    expect(saved).toContain(interim.title)

    const response = await page.request.get((await link.getAttribute('href')) ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/x-bibtex; charset=utf-8')
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${interim.slug}.bib"`)
    const bibtex = await response.text()
    expect(bibtex).toContain('@')
    expect(bibtex).toContain(`title = {${interim.title}}`)
    expect(bibtex).toContain(`doi = {${interim.doi}}`)
    expect(bibtex).toContain(
      'author = {Okafor-Hale, Miriam and Adeyemi, Samuel and Example, Alex and Wierzbicki, Tomasz}',
    )
  })

  test('downloads the citation as RIS', async ({ page }) => {
    await page.goto(`/reports/${interim.slug}`)
    const link = page.getByRole('link', { name: /^Download the citation as RIS \(\.ris\)/ })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(`${interim.slug}.ris`)

    const response = await page.request.get((await link.getAttribute('href')) ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/x-research-info-systems/)
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${interim.slug}.ris"`)
    const lines = (await response.text()).split('\r\n')
    expect(lines[0]).toBe('TY  - RPRT')
    expect(lines).toContain(`TI  - ${interim.title}`)
    expect(lines).toContain(`DO  - ${interim.doi}`)
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual([
      'AU  - Okafor-Hale, Miriam',
      'AU  - Adeyemi, Samuel',
      'AU  - Example, Alex',
      'AU  - Wierzbicki, Tomasz',
    ])
    expect(lines).toContain('ER  - ')
  })
})
