import { expect, test, type APIRequestContext } from '@playwright/test'

import { createUser, ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { signInToAdmin } from '../helpers/e2eAdmin'

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

async function createProject(request: APIRequestContext, token: string, title: string, status: 'draft' | 'published') {
  const response = await request.post(`/api/projects${status === 'draft' ? '?draft=true' : ''}`, {
    headers: auth(token),
    data: { title, summary: `Summary of ${title}.`, projectStatus: 'ongoing', _status: status },
  })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

test.describe.serial('editorial workflow', () => {
  test.beforeAll(async ({ request }) => {
    await ensureAdmin(request)
  })

  test('an editor signs in, creates and publishes a project, and visitors see it', async ({ page, request }) => {
    const editor = await createUser(request, 'editor')
    const title = `Walking groups and wellbeing ${Date.now()}`
    await signInToAdmin(page, editor)

    await page.goto('/admin/collections/projects/create')
    await page.locator('#field-title').fill(title)
    await page.locator('#field-summary').fill('A study of walking groups run by community organisations.')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()

    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    const response = await page.goto(`/projects/${slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  })

  test('a draft stays hidden from visitors, and the preview link needs a signed-in user', async ({
    page,
    request,
    browser,
    playwright,
  }) => {
    const token = await signIn(request)
    const title = `Unannounced project ${Date.now()}`
    const project = await createProject(request, token, title, 'draft')

    const visitor = await browser.newContext()
    const anonymous = await visitor.newPage()
    expect((await anonymous.goto(`/projects/${project.slug}`))?.status()).toBe(404)
    const api = await visitor.request.get(`/api/projects/${project.id}?draft=true`)
    expect(api.status()).toBe(404)
    expect(await api.text()).not.toContain(title)
    const preview = await visitor.request.get(`/next/preview?path=/projects/${project.slug}`, { maxRedirects: 0 })
    expect(preview.status()).toBe(401)
    await visitor.close()

    // Signed in, the same link turns on preview and shows the draft.
    await signInToAdmin(page)
    const previewed = page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/projects/${project.slug}`,
    )
    await page.goto(`/next/preview?path=/projects/${project.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText('You are previewing drafts.')).toBeVisible()
    // The preview is rendered for the editor alone: never stored by a browser or a shared cache,
    // and never served to a visitor. (Next.js labels a draft render `x-nextjs-cache: HIT` too.)
    expect((await previewed).headers()['cache-control']).toContain('no-store')
    for (let i = 0; i < 2; i += 1) {
      const after = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
      const response = await after.get(`/projects/${project.slug}`)
      expect(response.status()).toBe(404)
      expect(await response.text()).not.toContain(title)
      await after.dispose()
    }
  })

  test('unpublishing removes a page, and a new slug redirects from the old address', async ({ page, request }) => {
    const token = await signIn(request)
    const title = `Museum prescriptions ${Date.now()}`
    const project = await createProject(request, token, title, 'published')
    expect((await page.goto(`/projects/${project.slug}`))?.status()).toBe(200)

    const renamed = `${project.slug}-renamed`
    const rename = await request.patch(`/api/projects/${project.id}`, {
      headers: auth(token),
      data: { slug: renamed, _status: 'published' },
    })
    expect(rename.status()).toBe(200)
    const old = await request.get(`/projects/${project.slug}`, { maxRedirects: 0 })
    expect(old.status()).toBe(308)
    expect(old.headers()['location']).toContain(`/projects/${renamed}`)
    await page.goto(`/projects/${project.slug}`)
    await expect(page).toHaveURL(new RegExp(`/projects/${renamed}$`))

    const unpublish = await request.patch(`/api/projects/${project.id}`, {
      headers: auth(token),
      data: { _status: 'draft' },
    })
    expect(unpublish.status()).toBe(200)
    expect((await page.goto(`/projects/${renamed}`))?.status()).toBe(404)
  })

  test('a scheduled publication fires on the running server', async ({ page, request }) => {
    const token = await signIn(request)
    const title = `Scheduled garden project ${Date.now()}`
    const project = await createProject(request, token, title, 'draft')
    const me = (await (await request.get('/api/users/me', { headers: auth(token) })).json()) as { user: { id: number } }
    const job = await request.post('/api/payload-jobs', {
      headers: auth(token),
      data: {
        taskSlug: 'schedulePublish',
        queue: 'default',
        waitUntil: new Date(Date.now() + 2000).toISOString(),
        input: {
          type: 'publish',
          doc: { relationTo: 'projects', value: project.id },
          user: { relationTo: 'users', value: me.user.id },
        },
      },
    })
    expect(job.status()).toBe(201)
    expect((await page.goto(`/projects/${project.slug}`))?.status()).toBe(404)
    await expect
      .poll(async () => (await request.get(`/projects/${project.slug}`)).status(), {
        timeout: 30_000,
        intervals: [1000],
      })
      .toBe(200)
  })
})
