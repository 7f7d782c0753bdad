import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/e2eAxe'

test.describe('home page', () => {
  test('renders the site name, navigation and home page from the CMS, accessibly', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('Oxford Social Prescribing Research Network')
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Oxford Social Prescribing Research Network' }),
    ).toBeVisible()
    const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('link')
    await expect(menu).toHaveText(['About', 'Projects', 'Research', 'Outreach', 'News & Views', 'Members', 'Contact'])
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social prescribing research at Oxford')
    await expect(page.getByRole('heading', { level: 2, name: 'Why social prescribing matters' })).toBeVisible()
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('starts with a skip link that moves keyboard focus to the main content', async ({ page }) => {
    // Once a visitor has chosen about cookies, the skip link is the first thing on the page
    // (before that, the cookie banner comes first: tests/e2e/cookies.e2e.spec.ts).
    const choice = await page.request.post('/consent', {
      form: { choice: 'reject' },
      headers: { Accept: 'application/json' },
    })
    expect(choice.status()).toBe(200)
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })

  test('serves a CMS page at its own address, reached from the menu', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click()
    await expect(page).toHaveURL(/\/about$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the network')
    await expect(page).toHaveTitle('About the network | OSPRN')
    await expectNoAxeViolations(page)
  })

  test('reflows at 320 CSS pixels without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    for (const path of ['/', '/about', '/what-is-social-prescribing/policy-context']) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0)
    }
  })

  test('answers an unknown address with a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test.describe('service endpoints', () => {
  test('health reports the database as ok', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toContain('no-store')
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' })
  })

  test('GraphQL is not served: the site uses only the REST and Local APIs', async ({ request }) => {
    const response = await request.post('/api/graphql', { data: { query: '{ Users { docs { email } } }' } })
    expect(response.status()).toBe(404)
  })

  test('nobody can register the first account over HTTP', async ({ request }) => {
    const response = await request.post('/api/users/first-register', {
      data: { email: 'intruder@example.org', password: 'a-long-enough-password', name: 'Intruder', role: 'admin' },
    })
    expect(response.status()).toBe(403)
    const users = await request.get('/api/users')
    expect(users.status()).toBe(403)
  })
})
