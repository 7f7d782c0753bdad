import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'

import { encodeConsent } from '@/lib/consent/consentState'

import { chromiumExecutable, chromiumFlags } from '../helpers/chromium'
import { ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { connectToSiteDatabase, sessionsWaitingFor } from '../helpers/e2eDatabase'

import { pageTypes, perRequestPages } from './pageTypes'

/** The response a visitor gets once the page has been rendered for their variant. */
async function repeat(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  await request.get(path, { headers, maxRedirects: 0 })
  return request.get(path, { headers, maxRedirects: 0 })
}

function expectCachedPrivately(response: APIResponse, what: string) {
  const headers = response.headers()
  expect(headers['x-nextjs-cache'], `${what}: served from the cache`).toBe('HIT')
  // The body depends on the consent cookie: no shared cache may keep it, the browser revalidates.
  expect(headers['cache-control'], what).toBe('private, no-cache')
  expect(headers.etag, what).toBeTruthy()
  expect(headers['critical-ch'], what).toBeUndefined()
  expect(headers['accept-ch'], what).toBeUndefined()
}

/** The banner's question and its confirmation, as markup (their texts are also in the page's data). */
const ASK = /<button [^>]*value="accept"/
const NOTICE = /<button [^>]*value="hide"/

let revision = 1
const consentCookie = (overrides: Record<string, unknown> = {}) =>
  `osprn_consent=${encodeConsent({
    v: 1,
    id: 'e2e-caching-visitor',
    rev: revision,
    at: new Date().toISOString(),
    cat: [],
    svc: [],
    ...overrides,
  } as Parameters<typeof encodeConsent>[0])}`

test.describe('cached pages', () => {
  test.beforeAll(async ({ request }) => {
    // Cookie settings are public: the banner's texts and the policy revision.
    revision = ((await (await request.get('/api/globals/cookie-settings')).json()) as { revision: number }).revision
  })

  test('every page type comes from the cache, privately, and revalidates with 304', async ({ request }) => {
    for (const [what, path] of Object.entries(await pageTypes(request))) {
      const response = await repeat(request, path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' })
      expect(response.status(), what).toBe(what === 'not found' ? 404 : 200)
      // Compressed once per version of the page, with Brotli for a browser that takes it.
      expect(response.headers()['content-encoding'], what).toBe('br')
      expect(response.headers().vary, what).toMatch(/\bAccept-Encoding\b/i)
      // Feed readers find the news feed from any page.
      expect(await response.text(), what).toMatch(
        /<link rel="alternate" type="application\/atom\+xml" [^>]*href="[^"]+\/feed\.xml"/,
      )
      if (what === 'not found') {
        // Cached too, but never kept by a browser: Next.js marks a 404 no-store.
        expect(response.headers()['x-nextjs-cache'], what).toBe('HIT')
        continue
      }
      expectCachedPrivately(response, what)
      const again = await request.get(path, { headers: { 'If-None-Match': response.headers().etag ?? '' } })
      expect(again.status(), `${what}: 304 for a repeat visit`).toBe(304)
      expect(again.headers().vary, `${what}: 304`).toMatch(/\bAccept-Encoding\b/i)
      // A HEAD gets the headers of the GET, without the body.
      const head = await request.head(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } })
      expect(head.headers().etag, `${what}: HEAD`).toBe(response.headers().etag)
      expect(head.headers()['content-encoding'], `${what}: HEAD`).toBe('br')
      expect(head.headers()['content-length'], `${what}: HEAD`).toBe(response.headers()['content-length'])
    }
  })

  test('the contact page and filtered listings render per request and are never stored', async ({ request }) => {
    for (const [what, path] of Object.entries(perRequestPages)) {
      const response = await repeat(request, path)
      expect(response.status(), what).toBe(200)
      expect(response.headers()['x-nextjs-cache'], what).toBeUndefined()
      expect(response.headers()['cache-control'], what).toContain('no-store')
    }
  })

  test('each consent state has its cached variant; no cookie value adds one', async ({ request }) => {
    const fresh = await repeat(request, '/about')
    expectCachedPrivately(fresh, 'fresh visitor')
    expect(await fresh.text()).toMatch(ASK)
    for (const [what, headers] of Object.entries<Record<string, string>>({
      'a consent cookie': { Cookie: consentCookie() },
      'Global Privacy Control': { 'Sec-GPC': '1' },
    })) {
      const response = await repeat(request, '/about', headers)
      expectCachedPrivately(response, what)
      expect(await response.text(), what).not.toMatch(ASK)
      expect(response.headers().etag, what).not.toBe(fresh.headers().etag)
    }
    // Forged, stale and unreadable cookies are no choice: the fresh visitor's cached page, at once.
    const stale = new Date(Date.now() - 2 * 365 * 24 * 3600 * 1000).toISOString()
    for (const cookie of [
      'osprn_consent=forged',
      `osprn_consent=${'x'.repeat(3000)}`,
      consentCookie({ rev: 999 }),
      consentCookie({ at: stale }),
      `${consentCookie()}x`,
      `osprn_consent_notice=${Math.random()}`,
    ]) {
      const response = await request.get('/about', { headers: { Cookie: cookie } })
      expect(response.headers()['x-nextjs-cache'], cookie.slice(0, 60)).toBe('HIT')
      expect(response.headers().etag, cookie.slice(0, 60)).toBe(fresh.headers().etag)
    }
    // The variants' internal addresses are no public addresses.
    expect((await request.get('/q/about')).status()).toBe(404)
    expect((await request.get('/n0')).status()).toBe(404)
  })

  test('the one-time confirmation is sent once, and its cookie goes with it', async ({ playwright, baseURL }) => {
    const visitor = await playwright.request.newContext({ baseURL })
    await visitor.post('/consent', { form: { choice: 'reject', returnTo: '/projects' }, maxRedirects: 0 })
    const first = await visitor.get('/projects')
    expect(await first.text()).toMatch(NOTICE)
    expect(first.headers()['set-cookie']).toMatch(/osprn_consent_notice=;.*Max-Age=0/)
    const next = await visitor.get('/projects')
    expect(await next.text()).not.toMatch(NOTICE)
    expect(await next.text()).not.toMatch(ASK)
    await visitor.dispose()
  })

  test('static files are immutable; feeds, calendars and citations are cached or revalidate', async ({ request }) => {
    const home = await (await request.get('/')).text()
    const asset = /\/_next\/static\/[^"]+\.js/.exec(home)?.[0]
    expect(asset).toBeTruthy()
    expect((await request.get(asset as string)).headers()['cache-control']).toContain('immutable')

    for (const path of ['/feed.xml', '/events/calendar.ics']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['cache-control'], path).toMatch(/^public, max-age=\d+$/)
      const again = await request.get(path, { headers: { 'If-None-Match': response.headers().etag ?? '' } })
      expect(again.status(), `${path}: 304 for a reader that has it`).toBe(304)
    }
    const types = await pageTypes(request)
    for (const path of [
      `${types.event}/calendar.ics`,
      `${types.report}/citation.bib`,
      `${types.report}/citation.ris`,
    ]) {
      const response = await repeat(request, path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['x-nextjs-cache'], path).toBe('HIT')
    }
  })

  test('client hints stay in the admin, and the icons browsers ask for exist', async ({ request }) => {
    const admin = await request.get('/admin/login')
    expect(admin.headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
    for (const path of ['/favicon.ico', '/icon.svg', '/apple-icon.png']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type'], path).toMatch(/^image\//)
    }
    const home = await (await request.get('/')).text()
    expect(home).toMatch(/<link rel="icon" href="\/favicon\.ico/)
    expect(home).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png/)
  })
})

/** The names the projects listing offers in its theme filter. */
const themeOptions = (html: string) =>
  [...(/<select id="filter-theme"[^]*?<\/select>/.exec(html)?.[0] ?? '').matchAll(/<option [^>]*>([^<]*)</g)].map(
    (match) => match[1],
  )

test.describe('a change made while a page is being rendered', () => {
  test('is on the page the next visitor gets: a render that began before it is not kept', async ({ request }) => {
    await ensureAdmin(request)
    const headers = { Authorization: `JWT ${await signIn(request)}` }
    const stamp = Date.now()
    const createTheme = async (name: string) => {
      // The slug is filled from the name (cms/fields/slug.ts).
      const response = await request.post('/api/themes', { headers, data: { name } })
      expect(response.status()).toBe(201)
      return ((await response.json()) as { doc: { id: number } }).doc.id
    }
    const database = await connectToSiteDatabase()
    const created: number[] = []
    try {
      // A theme is added: the projects listing (it offers every theme) must be rendered again.
      created.push(await createTheme(`Before render ${stamp}`))
      // That render reads the themes, then waits here for the projects.
      await database.query('begin')
      await database.query('lock table projects in access exclusive mode')
      const rendering = request.get('/projects')
      await expect.poll(() => sessionsWaitingFor(database, 'projects'), { timeout: 15_000 }).toBeGreaterThan(0)
      // Meanwhile another theme is added, and the render goes on with the themes it had read.
      const during = `During render ${stamp}`
      created.push(await createTheme(during))
      await database.query('rollback')
      const first = await rendering
      expect(first.status()).toBe(200)
      // It read the themes before the change (what this test is about).
      const readBefore = themeOptions(await first.text())
      expect(readBefore).toContain(`Before render ${stamp}`)
      expect(readBefore).not.toContain(during)

      const next = await request.get('/projects')
      expect(themeOptions(await next.text()), 'the theme added during the earlier render').toContain(during)
      expect((await request.get('/projects')).headers()['x-nextjs-cache']).toBe('HIT')
    } finally {
      await database.query('rollback').catch(() => undefined)
      await database.end()
      for (const id of created.reverse()) await request.delete(`/api/themes/${id}`, { headers })
    }
  })
})

test.describe('a page served again and again from the cache', () => {
  test('shows a publish, an edit and an unpublish on the next request', async ({ request }) => {
    await ensureAdmin(request)
    const headers = { Authorization: `JWT ${await signIn(request)}` }
    const title = `Served again ${Date.now()}`
    const created = await request.post('/api/projects?draft=true', {
      headers,
      data: { title, summary: 'A draft for the cache.', projectStatus: 'ongoing', _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc
    const path = `/projects/${slug}`
    /** Asks for the page until it has been served from the cache a few times in a row. */
    const servedAgain = async (status: number) => {
      await request.get(path)
      for (let i = 0; i < 3; i++) {
        const response = await request.get(path)
        expect(response.status(), path).toBe(status)
        expect(response.headers()['x-nextjs-cache'], path).toBe('HIT')
      }
    }
    const change = async (data: Record<string, unknown>) => {
      expect((await request.patch(`/api/projects/${id}`, { headers, data })).status()).toBe(200)
    }
    try {
      await servedAgain(404)
      await change({ _status: 'published' })
      const published = await request.get(path)
      expect(published.status(), 'published').toBe(200)
      expect(await published.text()).toContain(title)

      await servedAgain(200)
      await change({ title: `${title}, edited`, _status: 'published' })
      expect(await (await request.get(path)).text(), 'edited').toContain(`${title}, edited`)

      await servedAgain(200)
      await change({ _status: 'draft' })
      expect((await request.get(path)).status(), 'unpublished').toBe(404)
    } finally {
      await request.delete(`/api/projects/${id}`, { headers })
    }
  })
})

test.describe('back/forward cache', () => {
  test('a public page is restored from the back/forward cache', async ({ playwright, baseURL }) => {
    // Playwright turns the back/forward cache off by default; this browser keeps it on.
    const browser = await playwright.chromium.launch({
      executablePath: chromiumExecutable(),
      args: chromiumFlags,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    })
    try {
      const page = await browser.newPage({ baseURL })
      // Chromium says why it did not restore a page. A reason of type "Circumstantial" is the
      // browser's own (e.g. it ran out of time to freeze the page on a busy machine) and earns
      // another try; any other type is something the page does, and fails the test.
      const refusals: { type: string; reason: string }[] = []
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Page.enable')
      cdp.on('Page.backForwardCacheNotUsed', (event) => {
        refusals.push(...event.notRestoredExplanations.map(({ type, reason }) => ({ type, reason })))
      })
      let restored = false
      for (let attempt = 1; attempt <= 3 && !restored; attempt++) {
        await page.goto('/about')
        // Leaving while a request is open (the router prefetches the links in view) is a
        // reason not to keep a page, so leave once the page is idle, as a reader would.
        await page.waitForLoadState('networkidle')
        await page.evaluate(() => {
          window.addEventListener('pageshow', (event) => {
            document.documentElement.dataset.restored = String(event.persisted)
          })
        })
        await page.goto('/projects')
        // A restored page fires no "load", so wait only for the navigation to commit.
        await page.goBack({ waitUntil: 'commit' })
        restored = await page
          .waitForFunction(() => document.documentElement.dataset.restored === 'true', null, { timeout: 5_000 })
          .then(() => true)
          .catch(() => false)
        const pagesFault = refusals.filter(({ type }) => type !== 'Circumstantial')
        expect(pagesFault, `attempt ${attempt}: Chromium's reasons`).toEqual([])
      }
      expect(restored, `never restored; Chromium's reasons: ${JSON.stringify(refusals)}`).toBe(true)
    } finally {
      await browser.close()
    }
  })
})

test.describe('404 page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('is the site’s page: banner, header, heading, ways on and footer, in the HTML', async ({ page }) => {
    for (const path of ['/no-such-page', '/projects/no-such-project', '/old-report.pdf']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found')
      await expect(page.getByRole('banner').getByRole('navigation', { name: 'Main' }), path).toBeVisible()
      await expect(page.getByRole('link', { name: 'Go to the home page' }), path).toBeVisible()
      await expect(page.getByRole('contentinfo'), path).toBeVisible()
    }
  })
})

test.describe('404 page with JavaScript', () => {
  test('keeps the site around it once the page has come to life', async ({ page }) => {
    for (const path of ['/no-such-page', '/projects/no-such-project', '/old-report.pdf', '/next/no-such-file']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      // The router takes over the page: what it renders must still be the whole 404 page.
      await page.waitForLoadState('networkidle')
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found')
      await expect(page.getByRole('banner').getByRole('navigation', { name: 'Main' }), path).toBeVisible()
      await expect(page.getByRole('contentinfo'), path).toBeVisible()
    }
  })
})
