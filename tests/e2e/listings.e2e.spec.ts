import { expect, type Page, test } from '@playwright/test'

/**
 * Every listing answers the same address mistakes the same way (lib/listing/params.ts): an invalid,
 * unknown, empty or repeated value is ignored, as if it were absent; a page past the last is a 404.
 */
const listings = [
  { path: '/projects', own: 'status=finished' },
  { path: '/events', own: 'mode=by-carrier-pigeon&when=soon' },
  { path: '/reports', own: 'type=nonsense&year=19x9&project=%3Cscript%3E' },
  { path: '/news', own: null },
  { path: '/blog', own: null },
  { path: '/news-and-views', own: null },
] as const

const mistakes = [
  'page=abc',
  'page=0',
  'page=-1',
  'page=1&page=2',
  'theme=no-such-theme',
  'theme=%3Cscript%3E',
  'theme=',
]

/** What a visitor reads in the listing: its headings (title, count where it is one, items). */
const headings = (page: Page) => page.getByRole('main').getByRole('heading').allTextContents()

test.describe('the same bad input gets the same answer on every listing', () => {
  for (const { path, own } of listings) {
    test(`${path} ignores invalid values`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200)
      const expected = await headings(page)
      expect(expected.length).toBeGreaterThan(1)
      for (const query of own ? [...mistakes, own] : mistakes) {
        const address = `${path}?${query}`
        expect((await page.goto(address))?.status(), address).toBe(200)
        expect(await headings(page), address).toEqual(expected)
      }
    })
  }

  test('/members, which has no filters, ignores a query string', async ({ page }) => {
    await page.goto('/members')
    const expected = await headings(page)
    expect((await page.goto('/members?page=abc&theme=nope'))?.status()).toBe(200)
    expect(await headings(page)).toEqual(expected)
  })
})

test('a page past the last is a 404 on every listing', async ({ request }) => {
  for (const { path } of listings) {
    expect((await request.get(`${path}?page=999`)).status(), path).toBe(404)
    expect((await request.get(`${path}?theme=no-such-theme&page=999`)).status(), path).toBe(404)
  }
})

test.describe('a page past the last, without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('is the site’s complete 404 page', async ({ page }) => {
    const response = await page.goto('/news?page=999')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found', { timeout: 2000 })
    await expect(page.getByRole('banner').getByRole('navigation', { name: 'Main' })).toBeVisible()
  })
})
