import { readFile } from 'node:fs/promises'

import { expect, type Page, test } from '@playwright/test'

import { jsonLd } from '../helpers/jsonLd'
import { expectNoAxeViolations } from '../helpers/e2eAxe'

/** Titles from the demo seed (seed/data/events.ts), which dates them around the moment of seeding. */
const upcoming = {
  cafe: 'Evidence café: what do link workers need from research?',
  museum: 'Museum object handling taster session',
  webinar: 'Webinar: measuring wellbeing in arts on prescription',
  walk: 'Walking seminar: green space and health',
}
const past = {
  symposium: 'Symposium: social prescribing and the museum',
  workshop: 'Workshop: co-designing research with public contributors',
}
const cafeSlug = 'evidence-cafe-what-do-link-workers-need-from-research'

/** The listing's list of events: the only list whose items carry level-3 headings. */
const eventList = (page: Page) => page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) })
const listedTitles = (page: Page) => eventList(page).getByRole('heading', { level: 3 }).allTextContents()

/** iCalendar folds long lines at 75 octets; unfolded, each property is on one line again. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

test.describe('events listing', () => {
  test('shows upcoming events soonest first and no past ones, accessibly', async ({ page, baseURL }) => {
    const response = await page.goto('/events')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('Upcoming events | OSPRN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upcoming events')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/events`)
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ upcoming events?\.$/ })).toBeVisible()

    const titles = await listedTitles(page)
    expect(titles).toEqual(expect.arrayContaining(Object.values(upcoming)))
    expect(titles).not.toContain(past.symposium)
    expect(titles).not.toContain(past.workshop)
    expect(titles.indexOf(upcoming.cafe)).toBeLessThan(titles.indexOf(upcoming.webinar))

    // Status in words, not colour alone; times in UK time.
    const museum = eventList(page).getByRole('listitem').filter({ hasText: upcoming.museum })
    await expect(museum.getByText('Cancelled', { exact: true })).toBeVisible()
    await expect(museum.locator('time')).toHaveText(/\d{1,2} \w+ \d{4}, 14:00 to 16:00 (GMT|BST)/)
    await expect(eventList(page).getByRole('listitem').filter({ hasText: upcoming.webinar })).toContainText('Online')
    await expect(
      page.getByRole('navigation', { name: 'Upcoming or past events' }).getByRole('link', { name: 'Upcoming events' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('link', { name: 'Events calendar feed (iCalendar)' })).toHaveAttribute(
      'href',
      '/events/calendar.ics',
    )
    await expectNoAxeViolations(page)
  })

  test('past events are one click away, most recent first', async ({ page, baseURL }) => {
    await page.goto('/events')
    await page
      .getByRole('navigation', { name: 'Upcoming or past events' })
      .getByRole('link', { name: 'Past events' })
      .click()
    await expect(page).toHaveURL(/\/events\?when=past$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Past events')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/events?when=past`)
    const titles = await listedTitles(page)
    expect(titles).toEqual(expect.arrayContaining(Object.values(past)))
    expect(titles.indexOf(past.symposium)).toBeLessThan(titles.indexOf(past.workshop))
    for (const title of Object.values(upcoming)) expect(titles).not.toContain(title)
    await expectNoAxeViolations(page)
  })

  test('filters narrow the results, and can be cleared', async ({ page }) => {
    await page.goto('/events')
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Online' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/mode=online/)
    await expect(page.getByRole('heading', { level: 2, name: /upcoming events? \(online\)/ })).toBeVisible()
    let titles = await listedTitles(page)
    expect(titles).toContain(upcoming.webinar)
    expect(titles).not.toContain(upcoming.cafe)
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('online')

    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'All types' })
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Green space and nature' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/theme=green-space-and-nature/)
    titles = await listedTitles(page)
    expect(titles).toEqual([upcoming.walk])

    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/events$/)
    expect(await listedTitles(page)).toEqual(expect.arrayContaining(Object.values(upcoming)))
  })

  test('ignores nonsense in the address, and a page that does not exist is a 404', async ({ page }) => {
    const response = await page.goto('/events?when=soon&mode=by-carrier-pigeon&theme=nope&page=abc')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upcoming events')
    expect(await listedTitles(page)).toContain(upcoming.cafe)
    expect((await page.goto('/events?page=99'))?.status()).toBe(404)
  })
})

test.describe('event page', () => {
  test('has breadcrumbs, an "Add to calendar" link and Event structured data, accessibly', async ({ page }) => {
    const response = await page.goto(`/events/${cafeSlug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(upcoming.cafe)
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Events'])
    await expect(crumbs.getByRole('link', { name: 'Events' })).toHaveAttribute('href', '/events')
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(upcoming.cafe)
    await expect(page.getByRole('link', { name: /Add to calendar/ })).toHaveAttribute(
      'href',
      `/events/${cafeSlug}/calendar.ics`,
    )

    const event = (await jsonLd(page)).find((item) => item['@type'] === 'Event')
    expect(event).toMatchObject({
      name: upcoming.cafe,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: [{ '@type': 'Place', name: 'Seminar Room 2, Kellogg College' }],
    })
    expect(Date.parse(String(event?.startDate))).toBeLessThan(Date.parse(String(event?.endDate)))
    expect(JSON.stringify(event?.performer)).toContain('Dr Robin Sample')
    await expectNoAxeViolations(page)
  })

  test('says clearly that a cancelled event is cancelled, and offers no calendar entry', async ({ page }) => {
    await page.goto('/events/museum-object-handling-taster-session')
    await expect(page.getByRole('status').filter({ hasText: 'This event has been cancelled.' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Add to calendar/ })).toHaveCount(0)
    const event = (await jsonLd(page)).find((item) => item['@type'] === 'Event')
    expect(event?.eventStatus).toBe('https://schema.org/EventCancelled')
    await expectNoAxeViolations(page)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor finds an upcoming event, opens it and downloads it for their calendar', async ({ page }) => {
    await page.goto('/events')
    await page.getByRole('link', { name: upcoming.cafe }).click()
    await expect(page).toHaveURL(new RegExp(`/events/${cafeSlug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(upcoming.cafe)

    const link = page.getByRole('link', { name: /Add to calendar/ })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(`${cafeSlug}.ics`)
    const saved = unfold(await readFile(await download.path(), 'utf8'))
    expect(saved).toContain('BEGIN:VCALENDAR')
    expect(saved).toContain(`SUMMARY:${upcoming.cafe}`)

    const response = await page.request.get((await link.getAttribute('href')) ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${cafeSlug}.ics"`)
    const body = unfold(await response.text())
    expect(body).toContain('BEGIN:VCALENDAR')
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(body).toContain(`SUMMARY:${upcoming.cafe}`)
  })

  test('the filter form works as a plain form', async ({ page }) => {
    await page.goto('/events?when=past')
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Hybrid' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/when=past/)
    await expect(page).toHaveURL(/mode=hybrid/)
    const titles = await listedTitles(page)
    expect(titles).toContain(past.symposium)
    expect(titles).not.toContain(past.workshop)
  })
})

test.describe('calendar feed', () => {
  test('answers text/calendar with the published events, cancelled ones marked', async ({ request }) => {
    const response = await request.get('/events/calendar.ics')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    expect(response.headers()['content-disposition']).toMatch(/^inline/)
    const body = unfold(await response.text())
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true)
    // Five upcoming events in the seed, and two that ended within the last six months.
    expect(body.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(7)
    expect(body).toContain(`SUMMARY:${upcoming.cafe}`)
    expect(body).toContain(`SUMMARY:${past.symposium}`)
    expect(body).toContain(`SUMMARY:Cancelled: ${upcoming.museum}`)
    expect(body).toContain('STATUS:CANCELLED')
  })
})
