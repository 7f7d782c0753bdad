import { expect, type Page, test } from '@playwright/test'

import { admin, ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { watchRefusedApiRequests } from '../helpers/e2eAdmin'
import { pageTypes, perRequestPages } from './pageTypes'

/**
 * Every page runs under a strict Content-Security-Policy (server/securityHeaders.mjs): the
 * browser reports a `securitypolicyviolation` event for anything the policy refuses, and these
 * tests expect none, on every public page type, cached, in each consent state, and on the admin
 * panel's main screens, which also make no request to another origin.
 */
interface Violation {
  directive: string
  blocked: string
  sample: string
  page: string
}

async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  const reported: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reported.push(message.text())
  })
  await page.addInitScript(() => {
    const found: unknown[] = []
    ;(window as unknown as { cspViolations: unknown[] }).cspViolations = found
    document.addEventListener('securitypolicyviolation', (event) => {
      found.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        page: location.pathname,
      })
    })
  })
  return async () => {
    const events = await page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations ?? [])
    return [
      ...events,
      ...reported.map((text) => ({ directive: 'console', blocked: '', sample: text, page: page.url() })),
    ]
  }
}

const scriptSrc = (policy: string | undefined) =>
  (policy ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src ')) ?? ''

test.describe('content security policy', () => {
  test('cached pages carry a hash-based policy: no inline script allowed but the framework’s own', async ({
    request,
  }) => {
    for (const [name, path] of Object.entries(await pageTypes(request))) {
      await request.get(path)
      const response = await request.get(path)
      // STALE: a page that revalidates every minute, served from the cache while it renders anew.
      expect(['HIT', 'STALE'], `${name} from the cache`).toContain(response.headers()['x-nextjs-cache'])
      const policy = response.headers()['content-security-policy']
      expect(policy, name).toContain("default-src 'none'")
      expect(policy, name).toContain("frame-ancestors 'none'")
      const scripts = scriptSrc(policy)
      expect(scripts, name).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/)
      expect(scripts, name).not.toMatch(/unsafe/)
      expect(response.headers()['x-frame-options'], name).toBe('DENY')
      expect(response.headers()['x-content-type-options'], name).toBe('nosniff')
    }
  })

  test('a visitor’s own Content-Security-Policy request header neither bypasses the cache nor reaches the page', async ({
    request,
  }) => {
    // Next.js renders a page afresh for a request carrying one, and sets its nonce on the scripts.
    const headers = { 'Content-Security-Policy': "script-src 'nonce-visitor0nonce'" }
    await request.get('/about', { headers })
    const response = await request.get('/about', { headers })
    expect(response.headers()['x-nextjs-cache']).toBe('HIT')
    expect(await response.text()).not.toContain('visitor0nonce')
  })

  test('no violation on any public page type, as a fresh visitor, after accepting and under GPC', async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000)
    const pages = { ...(await pageTypes(request)), ...perRequestPages }
    for (const state of ['fresh', 'accepted', 'gpc'] as const) {
      const context = await browser.newContext(state === 'gpc' ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {})
      const page = await context.newPage()
      const violations = await watchViolations(page)
      if (state === 'accepted') {
        await page.goto('/')
        await page.getByRole('button', { name: 'Accept all cookies' }).click()
        await expect(page.getByText('You have accepted all cookies.')).toBeVisible()
      }
      for (const [name, path] of Object.entries(pages)) {
        // Served from the cache (the first test checks that), or rendered per request by design.
        await page.goto(path)
        // Inline and async scripts have run.
        await page.waitForLoadState('load')
        expect(await violations(), `${state}: ${name}`).toEqual([])
      }
      await context.close()
    }
  })

  test('the admin panel works under its own policy, cannot be framed, and calls no other origin', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000)
    await ensureAdmin(request)
    const token = await signIn(request)
    const posts = (await (
      await request.get('/api/posts?limit=1&depth=0', { headers: { Authorization: `JWT ${token}` } })
    ).json()) as { docs: { id: number }[] }
    const postId = posts.docs[0]?.id
    expect(postId).toBeDefined()

    const elsewhere: string[] = []
    page.on('request', (sent) => {
      const url = new URL(sent.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== 'localhost') elsewhere.push(sent.url())
    })
    const refused = watchRefusedApiRequests(page)
    const violations = await watchViolations(page)

    const login = await page.goto('/admin/login')
    expect(login?.headers()['x-frame-options']).toBe('DENY')
    const policy = login?.headers()['content-security-policy']
    expect(policy).toContain("frame-ancestors 'none'")
    expect(scriptSrc(policy)).not.toMatch(/unsafe/)
    await page.getByLabel('Email').fill(admin.email)
    await page.getByLabel('Password').fill(admin.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)

    for (const path of [
      '/admin',
      '/admin/collections/posts',
      `/admin/collections/posts/${postId}`,
      '/admin/collections/media',
      '/admin/collections/users',
      '/admin/globals/cookie-settings',
      '/admin/account',
    ]) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      await expect(page.locator('.template-default, .template-minimal').first()).toBeVisible()
      expect(await violations(), path).toEqual([])
    }
    // The account menu shows the built-in avatar, not one fetched from Gravatar.
    await expect(page.locator('img[src*="gravatar"]')).toHaveCount(0)
    expect(elsewhere, 'requests from the admin to another origin').toEqual([])
    expect(refused, 'API requests of the admin panel refused').toEqual([])
  })
})
