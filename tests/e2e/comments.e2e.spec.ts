import { expect, type Page, test } from '@playwright/test'

import { ENHANCED_FIELD } from '@/lib/comments/fields'

import { ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { signInToAdmin } from '../helpers/e2eAdmin'
import { expectNoAxeViolations } from '../helpers/e2eAxe'
import { gotoCached } from '../helpers/e2eCache'
import { mailbox } from '../helpers/e2eMailbox'

/** From the demo seed: the launch story, open for comments, with three approved ones and one waiting. */
const post = '/news/the-oxford-social-prescribing-research-network-launches'

test.beforeAll(async ({ request }) => {
  await ensureAdmin(request)
})

const errorSummary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })
const comments = (page: Page) => page.getByRole('region', { name: /\d+ comments?/ })

async function fillComment(page: Page, body: string, email = 'robin.reader@example.net') {
  await page.getByLabel('Your name').fill('Robin Reader')
  await page.getByLabel('Your email address').fill(email)
  await page.getByLabel('Your comment').fill(body)
  await page.getByRole('checkbox', { name: /My comment follows the comment guidelines/ }).check()
  // The time-trap holds comments sent faster than a person could write them (1 s in these tests).
  await page.waitForTimeout(1100)
}

/** Waits until the post page (rendered afresh after moderation) shows what is expected. */
async function pageShows(page: Page, text: string, shown: boolean) {
  await expect
    .poll(
      async () => {
        await page.goto(post)
        return page.getByText(text).count()
      },
      { timeout: 15_000 },
    )
    .toBe(shown ? 1 : 0)
}

async function commentId(request: Page['request'], body: string): Promise<number> {
  const token = await signIn(request)
  const response = await request.get(`/api/comments?where[body][equals]=${encodeURIComponent(body)}&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const { docs } = (await response.json()) as { docs: { id: number; status: string }[] }
  expect(docs).toHaveLength(1)
  return docs[0]?.id as number
}

test.describe('reading comments', () => {
  test('approved comments, their count and the network’s reply are on the cached page; the waiting one is not', async ({
    page,
  }) => {
    await gotoCached(page, post)
    const region = comments(page)
    await expect(region.getByRole('heading', { level: 2 })).toHaveText('3 comments')
    await expect(region.getByRole('listitem')).toHaveCount(3)
    await expect(region.getByText('Priya Demo-Reader')).toBeVisible()
    await expect(region.getByRole('complementary', { name: /Reply from/ })).toContainText('link workers are central')
    await expect(page.getByText('Oliver Demo-Commenter')).toHaveCount(0)
    await expect(page.getByText(/example\.net/)).toHaveCount(0)
    await expect(page.getByText('Every comment is read by a moderator before it appears.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'comment guidelines' }).last()).toHaveAttribute(
      'href',
      '/comment-guidelines',
    )

    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
    const article = jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>).find((d) => d.commentCount)
    expect(article?.commentCount).toBe(3)
    expect(JSON.stringify(article?.comment)).toContain('Priya Demo-Reader')
    expect(JSON.stringify(jsonLd)).not.toContain('Oliver Demo-Commenter')
    expect(JSON.stringify(jsonLd)).not.toContain('example.net')
    await expectNoAxeViolations(page)
  })

  test('the token endpoint is never cached, and the REST API gives visitors no comments', async ({ request }) => {
    const token = await request.get('/api/comment-token')
    expect(token.headers()['cache-control']).toContain('no-store')
    expect(((await token.json()) as { token: string }).token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    const rest = await request.get('/api/comments?depth=0')
    expect(rest.status()).toBe(403)
    expect(await rest.text()).not.toContain('Demo-Commenter')
    const pending = await request.get('/api/comments?where[status][equals]=pending')
    expect(await pending.text()).not.toContain('oliver.demo-commenter')
  })
})

test.describe('a comment without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('errors and the missing token come back on the comment page, text kept; then it is held and not shown', async ({
    page,
  }) => {
    await page.goto(post)
    await expectNoAxeViolations(page, { scriptsDisabled: true })

    // Valid, but the cached page carried no token: asked to send again on the post's comment page
    // (rendered for this request, so its title says there is an error), nothing lost.
    const body = `A comment sent without JavaScript ${Date.now()}`
    await fillComment(page, body)
    await page.getByRole('button', { name: 'Send comment' }).click()
    await expect(page).toHaveURL(`${post}/comment`)
    await expect(page).toHaveTitle(/^Error: Add a comment on “The Oxford Social Prescribing Research Network launches”/)
    await expect(errorSummary(page)).toContainText('Your comment has not been sent yet')
    await expect(errorSummary(page)).toBeFocused()
    await expect(page.getByLabel('Your comment')).toHaveValue(body)

    // A mistake now comes back as GOV.UK's error summary, with what was typed kept.
    await page.getByLabel('Your name').fill('')
    await page.getByRole('checkbox', { name: /My comment follows the comment guidelines/ }).uncheck()
    await page.getByRole('button', { name: 'Send comment' }).click()
    const summary = errorSummary(page)
    await expect(summary).toBeFocused()
    await expect(page).toHaveTitle(/^Error: Add a comment/)
    await expect(summary.getByRole('link', { name: 'Enter your name' })).toHaveAttribute('href', '#comment-name')
    await expect(summary.getByRole('link', { name: /follows the comment guidelines/ })).toBeVisible()
    await expect(page.getByLabel('Your comment')).toHaveValue(body)
    await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Your name')).toHaveAccessibleDescription(/Error: Enter your name/)
    await expectNoAxeViolations(page, { scriptsDisabled: true })

    await fillComment(page, body)
    await page.getByRole('button', { name: 'Send comment' }).click()

    await expect(page).toHaveURL(`${post}/comment-sent`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comment sent')
    await expect(page.getByText(/read by a moderator before it appears/)).toBeVisible()
    await expectNoAxeViolations(page, { scriptsDisabled: true })

    await page.goto(post)
    await expect(page.getByText(body)).toHaveCount(0)
    expect(await commentId(page.request, body)).toBeGreaterThan(0)
  })

  test('the comment page carries its own token: sent at the first attempt', async ({ page }) => {
    await page.goto(`${post}/comment`)
    await expect(page).toHaveTitle(/^Add a comment on “The Oxford Social Prescribing Research Network launches”/)
    await expect(page.getByRole('link', { name: /Go back to/ })).toHaveAttribute('href', `${post}#comments`)
    const body = `A comment sent from its own page ${Date.now()}`
    await fillComment(page, body)
    await page.getByRole('button', { name: 'Send comment' }).click()
    await expect(page).toHaveURL(`${post}/comment-sent`)
    expect(await commentId(page.request, body)).toBeGreaterThan(0)
  })

  test('the comment page of a post that does not exist is the 404 page', async ({ page }) => {
    const response = await page.goto('/news/no-such-post/comment')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  })
})

test.describe.serial('a comment with JavaScript, moderated in the admin', () => {
  const body = `A comment sent with JavaScript ${Date.now()}`
  const email = `commenter-${Date.now()}@example.net`

  test('errors and the confirmation appear in place, with focus', async ({ page }) => {
    await page.goto(post)
    // Once hydrated the form answers in place; a click before that is the no-JavaScript post.
    await expect(page.locator(`input[name="${ENHANCED_FIELD}"]`)).toBeAttached()
    await page.getByRole('button', { name: 'Send comment' }).click()
    await expect(errorSummary(page)).toBeFocused()
    await expect(page).toHaveURL(post)
    await expect(page).toHaveTitle(/^Error: /)
    await expectNoAxeViolations(page)

    await fillComment(page, body, email)
    await page.getByRole('checkbox', { name: /Email me when my comment is published/ }).check()
    await page.getByRole('button', { name: 'Send comment' }).click()
    const confirmation = page.getByRole('status').filter({ hasText: 'Comment sent' })
    await expect(confirmation.getByRole('heading', { name: 'Comment sent' })).toBeFocused()
    await expect(page).toHaveURL(post)
    await expect(page).not.toHaveTitle(/^Error: /)
    await expectNoAxeViolations(page)
    await page.goto(post)
    await expect(page.getByText(body)).toHaveCount(0)
  })

  test('an editor approves it from the moderation queue; the page shows it on the next request and stays cached', async ({
    page,
  }) => {
    await signInToAdmin(page)

    await page.goto('/admin/collections/comments?where[status][equals]=pending')
    const row = page.getByRole('row').filter({ hasText: body.slice(0, 30) })
    await expect(row).toHaveCount(1)
    await row.getByRole('checkbox').check()
    await page
      .getByRole('group', { name: 'Moderate the ticked comments' })
      .getByRole('button', { name: 'Approve' })
      .click()
    await expect(page.getByText('Approve: 1 comment.')).toBeVisible()

    await pageShows(page, body, true)
    const again = await page.request.get(post)
    expect(again.headers()['x-nextjs-cache']).toBe('HIT')
    expect(await again.text()).toContain(body)

    // The commenter asked to be told: one email, through the jobs queue.
    await expect
      .poll(async () => (await mailbox.to(email)).length, {
        timeout: 20_000,
      })
      .toBe(1)
  })

  test('rejecting or deleting it takes it off the page on the next request', async ({ page }) => {
    const token = await signIn(page.request)
    const headers = { Authorization: `JWT ${token}` }
    const id = await commentId(page.request, body)
    expect((await page.request.patch(`/api/comments/${id}`, { headers, data: { status: 'rejected' } })).status()).toBe(
      200,
    )
    await pageShows(page, body, false)

    expect((await page.request.patch(`/api/comments/${id}`, { headers, data: { status: 'approved' } })).status()).toBe(
      200,
    )
    await pageShows(page, body, true)
    expect((await page.request.delete(`/api/comments/${id}`, { headers })).status()).toBe(200)
    await pageShows(page, body, false)
    await gotoCached(page, post)
  })
})
