import { expect, test } from '@playwright/test'

import { ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { signInToAdmin, watchRefusedApiRequests } from '../helpers/e2eAdmin'

test.describe.serial('administration', () => {
  test.beforeAll(async ({ request }) => {
    await ensureAdmin(request)
  })

  test('an administrator signs in to the admin panel', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    await signInToAdmin(page)
    await expect(page.getByRole('link', { name: /Site settings/i }).first()).toBeVisible()
  })

  test('a relationship field offers the documents to choose from', async ({ page, request }) => {
    const token = await signIn(request)
    const headers = { Authorization: `JWT ${token}` }
    const { docs: posts } = (await (await request.get('/api/posts?limit=1&depth=0', { headers })).json()) as {
      docs: { id: number }[]
    }
    const { docs: members } = (await (
      await request.get('/api/members?limit=1&depth=0&sort=name', { headers })
    ).json()) as {
      docs: { name: string }[]
    }
    expect(posts[0] && members[0]).toBeDefined()
    // The panel asks for a field's options with a POST (a form-encoded query read as a GET).
    const refused = watchRefusedApiRequests(page)

    await signInToAdmin(page)
    await page.goto(`/admin/collections/posts/${posts[0]?.id}`)
    await page.locator('#field-authors .rs__control').click()
    await expect(page.locator('.rs__option').filter({ hasText: members[0]?.name }).first()).toBeVisible()
    expect(refused).toEqual([])
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
