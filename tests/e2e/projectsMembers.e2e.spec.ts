import { expect, type Locator, type Page, test } from '@playwright/test'

import { jsonLd } from '../helpers/jsonLd'
import { ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { expectNoAxeViolations } from '../helpers/e2eAxe'

/** Titles from the demo seed (seed/data/projects.ts and seed/data/members.ts). */
const review = 'Green social prescribing: a rapid evidence review'
const mapping = 'Mapping local social prescribing services'
const completed = [review, mapping]
const ongoing = ['Link workers and loneliness in later life', 'Collections for wellbeing']
const planned = [
  'Social prescribing with people seeking sanctuary',
  'Measuring what matters: towards a core outcome set',
]
const loneliness = {
  slug: 'link-workers-and-loneliness-in-later-life',
  title: 'Link workers and loneliness in later life',
}

/** An address-shaped string: `@context` in structured data has nothing before the @, so it does not match. */
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

/** The project cards of a listing: list items with a title heading. */
const projectCards = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) })

const cardTitles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()

/** A section of a detail page, found by its heading. */
const section = (page: Page, heading: string): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) })

test.describe('projects and members without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor lists only completed projects with the status filter', async ({ page, baseURL }) => {
    const response = await page.goto('/projects')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('Projects | OSPRN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/projects`)
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Projects')
    await expect(page.getByText(/^\d+ projects\.$|^\d+ projects, page 1 of \d+\.$/)).toBeVisible()
    await expect(projectCards(page).first()).toBeVisible()
    await expectNoAxeViolations(page, { scriptsDisabled: true })

    await page.getByLabel('Status').selectOption({ label: 'Completed' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/\/projects\?status=completed(&theme=)?$/)
    await expect(page.getByLabel('Status')).toHaveValue('completed')
    await expect(page.getByText(/^\d+ completed projects?\.$/)).toBeVisible()

    const titles = await cardTitles(page)
    expect(titles).toEqual(expect.arrayContaining(completed))
    for (const title of [...ongoing, ...planned]) expect(titles).not.toContain(title)
    const cards = projectCards(page)
    await expect(cards).toHaveCount(titles.length)
    for (const card of await cards.all()) await expect(card).toContainText('Status: Completed')
    // Newest first: the review started after the mapping study.
    expect(titles.indexOf(review)).toBeLessThan(titles.indexOf(mapping))

    // Each card has its image, dates and summary.
    const reviewCard = cards.filter({ hasText: review })
    await expect(reviewCard.getByRole('img', { name: /rolling green hills/ })).toBeVisible()
    await expect(reviewCard.locator('time')).toHaveText([/^\w+ \d{4}$/, /^\w+ \d{4}$/])
    await expect(reviewCard).toContainText('nature-based activities')
    await expect(page.getByRole('link', { name: 'Clear filters' })).toHaveAttribute('href', '/projects')
    await expectNoAxeViolations(page, { scriptsDisabled: true })
  })

  test('a visitor combines the theme and status filters, and bad values are ignored', async ({ page }) => {
    await page.goto('/projects')
    await page.getByLabel('Theme').selectOption({ label: 'Arts, culture and heritage' })
    await page.getByLabel('Status').selectOption({ label: 'Planned' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/status=planned/)
    await expect(page).toHaveURL(/theme=arts-culture-and-heritage/)
    expect(await cardTitles(page)).toEqual(['Social prescribing with people seeking sanctuary'])
    await expect(page.getByText('1 planned project on the theme Arts, culture and heritage.')).toBeVisible()

    await page.goto('/projects')
    const unfiltered = page.getByText(/^\d+ projects[.,]/)
    const everything = await unfiltered.textContent()
    const odd = await page.goto('/projects?status=finished&theme=%3Cscript%3E&page=abc&status=ongoing')
    expect(odd?.status()).toBe(200)
    await expect(page.getByLabel('Status')).toHaveValue('')
    await expect(page.getByLabel('Theme')).toHaveValue('')
    await expect(unfiltered).toHaveText(everything ?? '')

    const unknownTheme = await page.goto('/projects?theme=no-such-theme')
    expect(unknownTheme?.status()).toBe(200)
    expect((await page.goto('/projects?page=999'))?.status()).toBe(404)
  })

  test('a project page shows its team, outputs, partners and related events and posts', async ({ page }) => {
    await page.goto('/projects?status=ongoing')
    await page.getByRole('link', { name: loneliness.title, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/projects/${loneliness.slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loneliness.title)
    await expect(page).toHaveTitle(`${loneliness.title} | OSPRN`)

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'Projects', loneliness.title])
    await expect(crumbs.getByRole('link', { name: 'Projects' })).toHaveAttribute('href', '/projects')
    await expect(page.getByRole('img', { name: /Overlapping circles/ })).toBeVisible()
    await expect(page.getByText('Ongoing', { exact: true })).toBeVisible()

    const team = page.getByRole('region', { name: 'Team' })
    const lead = team.getByRole('listitem').filter({ hasText: 'Project lead' })
    await expect(lead.getByRole('link')).toHaveText('Miriam Okafor-Hale, DPhil, MRCGP')
    await expect(lead.getByRole('link')).toHaveAttribute('href', '/members/miriam-okafor-hale')
    await expect(lead.getByRole('img', { name: /portrait/ })).toBeVisible()
    await expect(team.getByRole('link', { name: 'Tomasz Wierzbicki' })).toHaveAttribute(
      'href',
      '/members/tomasz-wierzbicki',
    )
    await expect(team.getByRole('listitem')).toHaveCount(4)

    await expect(
      section(page, 'Outputs').getByRole('link', { name: 'Link workers and loneliness in later life: interim report' }),
    ).toHaveAttribute('href', '/reports/link-workers-and-loneliness-interim-report')
    await expect(section(page, 'Outputs')).toContainText('Report')
    await expect(section(page, 'Partners')).toContainText('Nuffield Department of Primary Care Health Sciences')
    await expect(section(page, 'Funders')).toContainText('Example Health Research Foundation')
    await expect(
      section(page, 'Events').getByRole('link', { name: 'Evidence café: what do link workers need from research?' }),
    ).toBeVisible()
    await expect(
      section(page, 'News and blogs').getByRole('link', { name: 'Interim findings from the loneliness study' }),
    ).toHaveAttribute('href', '/news/interim-findings-from-the-loneliness-study')

    const project = (await jsonLd(page)).find((item) => item['@type'] === 'ResearchProject')
    expect(project?.name).toBe(loneliness.title)
    expect(project?.url).toMatch(new RegExp(`/projects/${loneliness.slug}$`))
    expect(project?.foundingDate).toMatch(/^\d{4}-\d{2}$/)
    expect(JSON.stringify(project?.funder)).toContain('Example Health Research Foundation')
    expect(JSON.stringify(project?.member)).toContain('Miriam Okafor-Hale')
    await expectNoAxeViolations(page, { scriptsDisabled: true })
  })

  test('a visitor reads a member profile, with a message link and no email address', async ({ page, baseURL }) => {
    const response = await page.goto('/members/tomasz-wierzbicki')
    expect(response?.status()).toBe(200)
    const html = (await response?.text()) ?? ''
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tomasz Wierzbicki')
    await expect(page).toHaveTitle('Tomasz Wierzbicki | OSPRN')
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'Members', 'Tomasz Wierzbicki'])
    await expect(crumbs.getByRole('link', { name: 'Members' })).toHaveAttribute('href', '/members')

    await expect(page.getByRole('img', { name: /portrait/ }).first()).toBeVisible()
    await expect(page.getByText('Demo profile', { exact: true })).toBeVisible()
    await expect(page.getByText(/imaginary methodologist/)).toBeVisible()
    await expect(page.getByText('rapid reviews, outcome measures', { exact: false })).toBeVisible()
    await expect(page.getByRole('link', { name: 'https://orcid.org/0000-0002-1825-0097' })).toHaveAttribute(
      'href',
      'https://orcid.org/0000-0002-1825-0097',
    )

    const projects = section(page, 'Projects')
    await expect(projects.getByRole('link', { name: review })).toHaveAttribute(
      'href',
      '/projects/green-social-prescribing-a-rapid-evidence-review',
    )
    await expect(projects.getByRole('listitem').filter({ hasText: review })).toContainText('Project lead')
    await expect(projects.getByRole('listitem').filter({ hasText: 'Collections for wellbeing' })).toContainText(
      'Team member',
    )
    await expect(
      section(page, 'Reports and publications').getByRole('link', {
        name: 'Green social prescribing: a rapid evidence review',
      }),
    ).toHaveAttribute('href', '/reports/green-social-prescribing-a-rapid-evidence-review')
    await expect(
      section(page, 'News and blogs').getByRole('link', { name: 'Counting what counts: choosing outcome measures' }),
    ).toBeVisible()

    const send = page.getByRole('link', { name: 'Send a message' })
    await expect(send).toHaveAttribute('href', '/contact?to=tomasz-wierzbicki')

    // The only address on the page is the communications team's, published in the footer on every page.
    const published = await page.getByRole('contentinfo').locator('a[href^="mailto:"]').allTextContents()
    const addresses = html.match(emailPattern) ?? []
    expect(addresses.filter((address) => !published.includes(address))).toEqual([])
    expect(html).not.toContain('tomasz.wierzbicki@example.org')
    await expect(page.getByRole('main').locator('a[href^="mailto:"]')).toHaveCount(0)

    const person = (await jsonLd(page)).find((item) => item['@type'] === 'Person')
    expect(person).toMatchObject({
      name: 'Tomasz Wierzbicki',
      jobTitle: 'Senior Researcher in Evidence Synthesis (fictional)',
      url: `${baseURL}/members/tomasz-wierzbicki`,
    })
    expect(person?.sameAs).toContain('https://orcid.org/0000-0002-1825-0097')
    expect(JSON.stringify(person?.affiliation)).toContain('Centre for Evidence-Based Medicine')
    expect(person).not.toHaveProperty('email')
    await expectNoAxeViolations(page, { scriptsDisabled: true })
  })

  test('a profile without an ORCID iD shows no ORCID link', async ({ page }) => {
    const response = await page.goto('/members/lucy-shaw')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lucy Shaw')
    await expect(page.locator('a[href^="https://orcid.org/"]')).toHaveCount(0)
    await expect(page.getByText('Demo profile', { exact: true })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Send a message' })).toHaveAttribute('href', '/contact?to=lucy-shaw')
    expect((await page.goto('/members/no-such-member'))?.status()).toBe(404)
  })
})

test.describe('members directory', () => {
  test('groups members by role, with photos, affiliations and demo profiles marked', async ({ page, baseURL }) => {
    const response = await page.goto('/members')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('Members | OSPRN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Members')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/members`)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'Network lead',
      'Steering group',
      'Members',
      'Public contributors',
    ])

    const lead = page.getByRole('region', { name: 'Network lead' })
    const miriam = lead.getByRole('listitem').filter({ hasText: 'Miriam Okafor-Hale' })
    await expect(miriam.getByRole('heading', { level: 3 })).toHaveText('Miriam Okafor-Hale, DPhil, MRCGP')
    await expect(miriam.getByRole('link')).toHaveAttribute('href', '/members/miriam-okafor-hale')
    await expect(miriam).toContainText('Associate Professor of Primary Care (fictional)')
    await expect(miriam).toContainText('Nuffield Department of Primary Care Health Sciences; University of Oxford')
    await expect(miriam.getByText('Demo profile', { exact: true })).toBeVisible()
    await expect(miriam.getByRole('img', { name: /portrait/ })).toBeVisible()

    const steering = page.getByRole('region', { name: 'Steering group' })
    await expect(steering.getByRole('link', { name: 'Tomasz Wierzbicki' })).toBeVisible()
    await expect(steering.getByRole('link', { name: 'Eleanor Brightwell' })).toBeVisible()

    const members = page.getByRole('region', { name: 'Members' })
    const lucy = members.getByRole('listitem').filter({ hasText: 'Lucy Shaw' })
    await expect(lucy.getByRole('link', { name: 'Lucy Shaw' })).toHaveAttribute('href', '/members/lucy-shaw')
    await expect(lucy).toContainText('University of Oxford')
    await expect(lucy).not.toContainText('Demo profile')
    // No photo: a neutral placeholder that assistive technology skips.
    await expect(lucy.getByRole('img')).toHaveCount(0)
    await expect(members.getByRole('link', { name: 'Kamal R. Mahtani' })).toBeVisible()

    await expect(
      page.getByRole('region', { name: 'Public contributors' }).getByRole('link', { name: 'Margaret Lowther' }),
    ).toBeVisible()
    // No member's address: at most the communications team's, published in the footer on every page.
    const published = await page.getByRole('contentinfo').locator('a[href^="mailto:"]').allTextContents()
    const addresses = ((await response?.text()) ?? '').match(emailPattern) ?? []
    expect(addresses.filter((address) => !published.includes(address))).toEqual([])
    await expectNoAxeViolations(page)
  })
})

test.describe.serial('project pagination', () => {
  const stamp = Date.now()
  const theme = { name: `Paging test ${stamp}`, slug: `paging-test-${stamp}` }
  const created: { collection: 'projects' | 'themes'; id: number }[] = []
  let token = ''

  test.beforeAll(async ({ request }) => {
    await ensureAdmin(request)
    token = await signIn(request)
    const headers = { Authorization: `JWT ${token}` }
    const themeResponse = await request.post('/api/themes', { headers, data: theme })
    expect(themeResponse.status()).toBe(201)
    const themeId = ((await themeResponse.json()) as { doc: { id: number } }).doc.id
    created.push({ collection: 'themes', id: themeId })
    for (let index = 1; index <= 13; index += 1) {
      const response = await request.post('/api/projects', {
        headers,
        data: {
          title: `Paged project ${String(index).padStart(2, '0')} ${stamp}`,
          summary: 'A project created to fill more than one page of the listing.',
          projectStatus: 'ongoing',
          themes: [themeId],
          _status: 'published',
        },
      })
      expect(response.status()).toBe(201)
      created.push({ collection: 'projects', id: ((await response.json()) as { doc: { id: number } }).doc.id })
    }
  })

  test.afterAll(async ({ request }) => {
    const headers = { Authorization: `JWT ${token}` }
    for (const { collection, id } of created.reverse()) await request.delete(`/api/${collection}/${id}`, { headers })
  })

  test('shows twelve projects a page, marks the current page and links to the next', async ({ page }) => {
    await page.goto(`/projects?theme=${theme.slug}`)
    await expect(page.getByText(`13 projects on the theme ${theme.name}, page 1 of 2.`)).toBeVisible()
    await expect(projectCards(page)).toHaveCount(12)
    const pages = page.getByRole('navigation', { name: 'Pages of projects' })
    await expect(pages.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(pages.getByRole('link', { name: 'Page 2', exact: true })).not.toHaveAttribute('aria-current')
    await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    await pages.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL(new RegExp(`/projects\\?theme=${theme.slug}&page=2$`))
    await expect(projectCards(page)).toHaveCount(1)
    await expect(page.getByText(`13 projects on the theme ${theme.name}, page 2 of 2.`)).toBeVisible()
    await expect(pages.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      `/projects?theme=${theme.slug}`,
    )
    expect((await page.goto(`/projects?theme=${theme.slug}&page=3`))?.status()).toBe(404)
  })
})
