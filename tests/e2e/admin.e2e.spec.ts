import { expect, test } from '@playwright/test'

import { admin, ensureAdmin, signIn } from '../helpers/e2eAccounts'

test.describe.serial('administration', () => {
  test.beforeAll(async ({ request }) => {
    await ensureAdmin(request)
  })

  test('an administrator signs in to the admin panel', async ({ page }) => {
    await page.goto('/admin')
    await page.getByLabel('Email').fill(admin.email)
    await page.getByLabel('Password').fill(admin.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('link', { name: /Site settings/i }).first()).toBeVisible()
  })

  test('a change to the site settings shows on the next public request', async ({ page, request }) => {
    const token = await signIn(request)
    const headers = { Authorization: `JWT ${token}` }
    const renamed = `Renamed network ${Date.now()}`
    const update = await request.post('/api/globals/site-settings', { headers, data: { siteName: renamed } })
    expect(update.status()).toBe(200)
    await page.goto('/')
    await expect(page.getByRole('banner').getByRole('link', { name: renamed })).toBeVisible()

    const restore = await request.post('/api/globals/site-settings', {
      headers,
      data: { siteName: 'Oxford Social Prescribing Research Network' },
    })
    expect(restore.status()).toBe(200)
    await page.goto('/')
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Oxford Social Prescribing Research Network' }),
    ).toBeVisible()
  })

  test('an edited home page is shown on the next request', async ({ page, request }) => {
    const token = await signIn(request)
    const headers = { Authorization: `JWT ${token}` }
    const found = await request.get('/api/pages?where[slug][equals]=home&depth=0', { headers })
    const home = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]
    expect(home).toBeDefined()
    const title = `Home page edited ${Date.now()}`
    const update = await request.patch(`/api/pages/${home?.id}`, { headers, data: { title, _status: 'published' } })
    expect(update.status()).toBe(200)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await request.patch(`/api/pages/${home?.id}`, { headers, data: { title: home?.title, _status: 'published' } })
  })
})
