import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, type APIRequestContext, type BrowserContext, type Page, test } from '@playwright/test'

import { ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { expectNoAxeViolations } from '../helpers/e2eAxe'
import { gotoCached } from '../helpers/e2eCache'

/**
 * An optional service on loopback, configured in the CMS for these tests: its script sets a
 * cookie and a localStorage entry, and every request to it is counted.
 */
let service: Server
let serviceUrl = ''
const requests: string[] = []
const OPTIONAL_COOKIE = 'e2e_optional_probe'

const script = `document.cookie = '${OPTIONAL_COOKIE}=1; path=/; max-age=31536000';
localStorage.setItem('e2e-optional', '1');
document.documentElement.dataset.optionalLoaded = 'yes';`

test.beforeAll(async () => {
  service = createServer((request, response) => {
    requests.push(request.url ?? '')
    response.setHeader('content-type', 'text/javascript')
    response.end(script)
  })
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
  serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}/optional.js`
})

test.afterAll(async () => {
  await new Promise<void>((resolve) => service.close(() => resolve()))
})

interface Settings {
  revision: number
  categories: { slug: string; name: string; necessary: boolean; description: string; services?: unknown[] }[]
}

async function adminHeaders(request: APIRequestContext) {
  await ensureAdmin(request)
  return { Authorization: `JWT ${await signIn(request)}` }
}

/** Adds (or refreshes) the test service to the optional statistics category through the REST API. */
async function configureService(request: APIRequestContext, purpose: string): Promise<number> {
  const headers = await adminHeaders(request)
  const current = (await (await request.get('/api/globals/cookie-settings', { headers })).json()) as Settings
  const categories = current.categories.filter((category) => category.slug !== 'e2e-probes')
  categories.push({
    slug: 'e2e-probes',
    name: 'Test probes',
    necessary: false,
    description: 'A service the browser tests watch.',
    services: [
      {
        slug: 'probe',
        name: 'Probe service',
        provider: 'The test suite',
        purpose,
        scriptUrl: serviceUrl,
        cookies: [{ name: 'e2e_optional_*', path: '/', expiry: '1 year' }],
      },
    ],
  })
  const response = await request.post('/api/globals/cookie-settings', { headers, data: { categories } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { result: Settings }).result.revision
}

const optionalCookies = async (context: BrowserContext) =>
  (await context.cookies()).filter(
    (cookie) => cookie.name.startsWith('e2e_optional') || cookie.name === 'osprn_stats_demo',
  )

const storage = (page: Page) => page.evaluate(() => Object.keys(window.localStorage))

const banner = (page: Page) => page.getByRole('region', { name: /^Cookies on/ })

test.describe.configure({ mode: 'serial' })

test.describe('cookie consent', () => {
  test.beforeAll(async ({ request }) => {
    await configureService(request, 'Checks that nothing optional runs before consent.')
  })

  test('a fresh visitor gets the banner first, and nothing optional: no cookie, no storage, no request', async ({
    page,
    context,
  }) => {
    const before = requests.length
    const response = await gotoCached(page, '/')
    expect(response?.status()).toBe(200)
    await expect(banner(page)).toBeVisible()
    await expect(banner(page).getByRole('button', { name: 'Accept all cookies' })).toBeVisible()
    await expect(banner(page).getByRole('button', { name: 'Reject non-essential cookies' })).toBeVisible()
    await expect(banner(page).getByRole('link', { name: 'Find out more about cookies' })).toHaveAttribute(
      'href',
      '/cookies',
    )
    // Before the skip link, in the page flow: not fixed, not sticky.
    const order = await page.evaluate(() => {
      const region = document.querySelector('section[aria-label^="Cookies on"]')
      const skip = document.querySelector('a[href="#main-content"]')
      return {
        first: Boolean(region && skip && region.compareDocumentPosition(skip) & Node.DOCUMENT_POSITION_FOLLOWING),
        position: region ? getComputedStyle(region).position : null,
      }
    })
    expect(order).toEqual({ first: true, position: 'static' })
    expect(await optionalCookies(context)).toEqual([])
    expect(await storage(page)).toEqual([])
    expect(requests.length).toBe(before)
    await expect(page.locator(`script[src="${serviceUrl}"]`)).toHaveCount(0)
    // Nor does the page's security policy allow it.
    expect(response?.headers()['content-security-policy']).not.toContain(new URL(serviceUrl).host)
    await expectNoAxeViolations(page)
  })

  test('accepting by keyboard confirms in place, moves focus there, and loads the optional script', async ({
    page,
    context,
  }) => {
    const before = requests.length
    await page.goto('/about')
    await page.keyboard.press('Tab')
    await expect(banner(page).getByRole('button', { name: 'Accept all cookies' })).toBeFocused()
    await page.keyboard.press('Enter')
    const confirmation = banner(page).getByText('You have accepted all cookies.')
    await expect(confirmation).toBeFocused()
    await expect(page).toHaveURL('/about')
    await expect(page.locator('html')).toHaveAttribute('data-optional-loaded', 'yes')
    expect(requests.length).toBeGreaterThan(before)
    expect((await optionalCookies(context)).map((cookie) => cookie.name)).toContain(OPTIONAL_COOKIE)
    await expectNoAxeViolations(page)

    // The next page renders the script on the server, its policy allows exactly that script, and
    // it asks nothing.
    const next = await gotoCached(page, '/projects')
    expect(next?.headers()['content-security-policy']).toContain(serviceUrl)
    await expect(banner(page)).toHaveCount(0)
    await expect(page.locator(`script[src="${serviceUrl}"]`)).toHaveCount(1)
    const consent = (await context.cookies()).find((cookie) => cookie.name === 'osprn_consent')
    expect(consent).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
  })

  test('withdrawing on the cookie policy page deletes the service’s cookies and stops the script', async ({
    page,
    context,
  }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Accept all cookies' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-optional-loaded', 'yes')
    expect((await optionalCookies(context)).length).toBeGreaterThan(0)

    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click()
    await expect(page).toHaveURL('/cookies#cookie-preferences')
    const probe = page.getByRole('checkbox', { name: 'Allow Probe service' })
    await expect(probe).toBeChecked()
    await expectNoAxeViolations(page)
    await probe.uncheck()
    await page.getByRole('button', { name: 'Save cookie settings' }).click()
    await expect(banner(page).getByText('Your cookie settings were saved.')).toBeVisible()
    expect(await optionalCookies(context).then((cookies) => cookies.map((cookie) => cookie.name))).not.toContain(
      OPTIONAL_COOKIE,
    )
    const before = requests.length
    await page.goto('/about')
    await expect(page.locator(`script[src="${serviceUrl}"]`)).toHaveCount(0)
    expect(requests.length).toBe(before)
  })

  test('rejecting loads nothing optional, and the banner stays away', async ({ page, context }) => {
    const before = requests.length
    await page.goto('/')
    await page.getByRole('button', { name: 'Reject non-essential cookies' }).click()
    await expect(banner(page).getByText('You have rejected non-essential cookies.')).toBeFocused()
    await gotoCached(page, '/events')
    await expect(banner(page)).toHaveCount(0)
    expect(await optionalCookies(context)).toEqual([])
    expect(await storage(page)).toEqual([])
    expect(requests.length).toBe(before)
  })

  test('a browser sending Global Privacy Control is treated as having rejected', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } })
    const page = await context.newPage()
    const before = requests.length
    await gotoCached(page, '/')
    await expect(banner(page)).toHaveCount(0)
    await expect(page.locator(`script[src="${serviceUrl}"]`)).toHaveCount(0)
    await gotoCached(page, '/cookies')
    await expect(page.getByText(/Global Privacy Control/)).toBeVisible()
    expect(requests.length).toBe(before)
    expect(await optionalCookies(context)).toEqual([])
    await context.close()
  })

  test('raising the policy revision in the CMS brings the banner back', async ({ page, request }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Accept all cookies' }).click()
    await expect(banner(page).getByText('You have accepted all cookies.')).toBeVisible()
    await page.goto('/about')
    await expect(banner(page)).toHaveCount(0)

    const revision = await configureService(request, `A changed purpose, ${Date.now()}.`)
    expect(revision).toBeGreaterThan(1)
    await gotoCached(page, '/about')
    await expect(banner(page).getByRole('button', { name: 'Accept all cookies' })).toBeVisible()
    await expect(page.locator(`script[src="${serviceUrl}"]`)).toHaveCount(0)
  })
})

test.describe('cookie consent without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('both buttons work as plain forms and come back to the same page with a confirmation', async ({
    page,
    context,
  }) => {
    await page.goto('/reports')
    await page.getByRole('button', { name: 'Accept all cookies' }).click()
    await expect(page).toHaveURL('/reports')
    await expect(banner(page).getByText('You have accepted all cookies.')).toBeVisible()
    await expect(page.locator(`script[src="${serviceUrl}"]`)).toHaveCount(1)
    await expectNoAxeViolations(page, { scriptsDisabled: true })
    await banner(page).getByRole('button', { name: 'Hide cookie message' }).click()
    await expect(page).toHaveURL('/reports')
    await expect(banner(page)).toHaveCount(0)

    await context.clearCookies()
    await page.goto('/members')
    await page.getByRole('button', { name: 'Reject non-essential cookies' }).click()
    await expect(page).toHaveURL('/members')
    await expect(banner(page).getByText('You have rejected non-essential cookies.')).toBeVisible()
    await expect(page.locator(`script[src="${serviceUrl}"]`)).toHaveCount(0)
  })
})

test.describe('proof of consent', () => {
  test('keeps an anonymous record of each choice, readable by administrators only', async ({ request, playwright }) => {
    const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
    const choice = await visitor.post('/consent', { form: { choice: 'reject' }, maxRedirects: 0 })
    expect(choice.status()).toBe(303)
    const cookie = choice.headers()['set-cookie'] ?? ''
    const id = JSON.parse(Buffer.from(/osprn_consent=([^;]+)/.exec(cookie)?.[1] ?? '', 'base64url').toString()).id
    expect((await visitor.get('/api/consent-records')).status()).toBe(403)

    const headers = await adminHeaders(request)
    const find = async () =>
      (await (await request.get(`/api/consent-records?where[consentId][equals]=${id}`, { headers })).json()) as {
        docs: Record<string, unknown>[]
      }
    // Written just after the response.
    await expect.poll(async () => (await find()).docs.length).toBe(1)
    const records = await find()
    expect(records.docs[0]).toMatchObject({ method: 'reject', categories: [], services: [] })
    expect(JSON.stringify(records.docs[0])).not.toMatch(/127\.0\.0\.1|::1|Mozilla/)
    // A form on another site cannot change a visitor's choice.
    const forged = await visitor.post('/consent', {
      form: { choice: 'accept' },
      headers: { Origin: 'https://attacker.example' },
      maxRedirects: 0,
    })
    expect(forged.status()).toBe(403)
    await visitor.dispose()
  })
})
