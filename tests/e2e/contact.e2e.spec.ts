import { expect, type Page, test } from '@playwright/test'

import { ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { signInToAdmin } from '../helpers/e2eAdmin'
import { expectNoAxeViolations } from '../helpers/e2eAxe'
import { mailbox } from '../helpers/e2eMailbox'
import { expectedServerErrors, expectServerLogged, serverLogMark } from '../helpers/e2eServerLog'

/** From the demo seed: Lucy Shaw accepts messages; her private address is in Member contacts. */
const lucy = { slug: 'lucy-shaw', name: 'Lucy Shaw', email: 'lucy.shaw@example.org' }
const memberAddresses = [lucy.email, 'kamal.mahtani@example.org', 'priya.raman@example.org']

/** Mail whose subject carries `marker`, once the server's queue has delivered it. */
async function delivered(marker: string) {
  await expect.poll(async () => (await mailbox.matching(marker)).length, { timeout: 20_000 }).toBeGreaterThan(0)
  return mailbox.matching(marker)
}

/** GOV.UK's error summary (Next.js has an alert region of its own, the route announcer). */
const errorSummary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })

async function fillValidForm(page: Page, subject: string) {
  await page.getByLabel('Your name').fill('Ada Visitor')
  await page.getByLabel('Your email address').fill('ada.visitor@example.net')
  await page.getByLabel('Subject').fill(subject)
  await page.getByLabel('Your message').fill('Hello, I would like to hear more about the network’s projects.')
  await page.getByRole('checkbox', { name: /I have read the privacy notice/ }).check()
  // The time-trap holds forms sent faster than a person could fill them in (1 s in these tests).
  await page.waitForTimeout(1100)
}

test.describe('contact form without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a member’s profile preselects them; errors come back as a summary; the message arrives', async ({ page }) => {
    await page.goto(`/members/${lucy.slug}`)
    await page.getByRole('link', { name: 'Send a message' }).click()
    await expect(page).toHaveURL(`/contact?to=${lucy.slug}`)
    await expect(page).toHaveTitle('Contact us | OSPRN')
    await expect(page.getByLabel('Who do you want to contact?')).toHaveValue(`member:${lucy.slug}`)
    await expect(page.getByText(/usually replies within five working days/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'privacy notice', exact: true })).toHaveAttribute('href', '/privacy')
    await expectNoAxeViolations(page, { scriptsDisabled: true })

    // A plain POST with mistakes: the same page again, with the GOV.UK error pattern.
    await page.getByLabel('Your email address').fill('not-an-address')
    await page.getByLabel('Subject').fill('Kept subject')
    await page.getByRole('button', { name: 'Send message' }).click()
    await expect(page).toHaveTitle('Error: Contact us | OSPRN')
    const summary = errorSummary(page)
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link', { name: 'Enter your name' })).toHaveAttribute('href', '#contact-name')
    await expect(summary.getByRole('link', { name: /email address in the correct format/ })).toHaveAttribute(
      'href',
      '#contact-email',
    )
    await expect(summary.getByRole('link', { name: 'Confirm that you have read the privacy notice' })).toBeVisible()
    await expect(page.getByLabel('Your email address')).toHaveValue('not-an-address')
    await expect(page.getByLabel('Your email address')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Your email address')).toHaveAccessibleDescription(/Error: Enter an email address/)
    await expect(page.getByLabel('Subject')).toHaveValue('Kept subject')
    await expect(page.getByLabel('Who do you want to contact?')).toHaveValue(`member:${lucy.slug}`)

    const subject = `No-JS message ${Date.now()}`
    await fillValidForm(page, subject)
    await page.getByRole('button', { name: 'Send message' }).click()
    await expect(page).toHaveURL('/contact/sent')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Message sent')
    await expectNoAxeViolations(page, { scriptsDisabled: true })

    const [mail] = await delivered(subject)
    expect(mail?.envelope.to).toEqual([lucy.email])
    expect(mail?.parsed.replyTo).toEqual([{ name: 'Ada Visitor', address: 'ada.visitor@example.net' }])
    expect(mail?.parsed.from?.address).not.toBe('ada.visitor@example.net')
  })
})

test.describe('contact form with JavaScript', () => {
  test('errors appear in place with focus on the summary, and the message is sent', async ({ page }) => {
    await page.goto('/contact')
    await expect(page.getByLabel('Who do you want to contact?')).toHaveValue('team')
    await expectNoAxeViolations(page)

    await page.getByLabel('Who do you want to contact?').selectOption(`member:${lucy.slug}`)
    await page.getByLabel('Your message').fill('Too short')
    await page.getByRole('button', { name: 'Send message' }).click()
    const summary = errorSummary(page)
    await expect(summary).toBeFocused()
    await expect(page).toHaveURL('/contact')
    await expect(page).toHaveTitle('Error: Contact us | OSPRN')
    await expect(summary.getByRole('link', { name: 'Message must be at least 10 characters' })).toBeVisible()
    await expect(page.getByLabel('Your message')).toHaveValue('Too short')
    // The recipient chosen stays chosen (React's form reset would put back the first one shown).
    await expect(page.getByLabel('Who do you want to contact?')).toHaveValue(`member:${lucy.slug}`)
    await expectNoAxeViolations(page)

    // The summary's links take keyboard users to the field to fix.
    await summary.getByRole('link', { name: 'Enter your name' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Your name')).toBeFocused()

    const subject = `JS message ${Date.now()}`
    await fillValidForm(page, subject)
    await page.getByRole('button', { name: 'Send message' }).click()
    await expect(page).toHaveURL('/contact/sent')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Message sent')
    const [mail] = await delivered(subject)
    expect(mail?.envelope.to).toEqual([lucy.email])
  })

  test('can be filled in and sent with the keyboard alone, skipping the hidden field', async ({ page }) => {
    await page.goto('/contact')
    await page.getByLabel('Who do you want to contact?').focus()
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Your name')).toBeFocused()
    await page.keyboard.type('Keyboard User')
    await page.keyboard.press('Tab')
    await page.keyboard.type('keys@example.net')
    await page.keyboard.press('Tab')
    const subject = `Keyboard message ${Date.now()}`
    await page.keyboard.type(subject)
    await page.keyboard.press('Tab')
    await page.keyboard.type('Sent without touching the mouse at all.')
    await page.keyboard.press('Tab')
    // Next comes the acknowledgement checkbox: the honeypot is out of the tab order.
    await expect(page.getByRole('checkbox', { name: /Email me to confirm/ })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('checkbox', { name: /I have read the privacy notice/ })).toBeFocused()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'privacy notice', exact: true })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Send message' })).toBeFocused()
    await page.waitForTimeout(1100)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/contact/sent')
    await delivered(subject)
  })
})

test.describe('contact privacy', () => {
  test('no page or API response shows a member’s address or the messages', async ({ request }) => {
    for (const path of ['/contact', `/contact?to=${lucy.slug}`, '/contact/sent', `/members/${lucy.slug}`]) {
      const html = await (await request.get(path)).text()
      for (const address of memberAddresses) expect(html, path).not.toContain(address)
    }
    const settings = (await (await request.get('/api/globals/contact-settings')).json()) as Record<string, unknown>
    expect(settings.replyTime).toBeTruthy()
    expect(settings).not.toHaveProperty('teamEmail')
    expect(settings).not.toHaveProperty('retentionDays')
    for (const path of ['/api/contact-messages', '/api/member-contacts']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(403)
    }
    const retry = await request.post('/api/contact-messages/1/retry')
    expect(retry.status()).toBe(403)
  })
})

test.describe('the admin inbox', () => {
  test('shows a delivery that failed while the mail server was down; the team sends it again', async ({
    page,
    request,
  }) => {
    await ensureAdmin(request)
    const token = await signIn(request)
    const statusOf = async (subject: string) => {
      const response = await request.get(
        `/api/contact-messages?where[subject][equals]=${encodeURIComponent(subject)}`,
        {
          headers: { Authorization: `JWT ${token}` },
        },
      )
      const body = (await response.json()) as { docs: { status: string; attempts: number; lastError?: string }[] }
      return body.docs[0]
    }

    const subject = `During the outage ${Date.now()}`
    const mark = serverLogMark()
    await mailbox.stop()
    // Started again whatever happens: the rest of the run shares this mail server.
    try {
      await page.goto('/contact')
      await fillValidForm(page, subject)
      await page.getByRole('button', { name: 'Send message' }).click()
      await expect(page).toHaveURL('/contact/sent')
      // Two attempts in these tests (CONTACT_DELIVERY_ATTEMPTS), a second apart, then it is marked failed.
      await expect.poll(async () => (await statusOf(subject))?.status, { timeout: 30_000 }).toBe('failed')
      expect(await statusOf(subject)).toMatchObject({
        attempts: 2,
        lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
      })
      // An operator sees each failed attempt in the server's log (tests/helpers/e2eServerLog.ts).
      await expectServerLogged(expectedServerErrors.contactDeliveryAttempt, mark)
    } finally {
      await mailbox.start()
    }

    await signInToAdmin(page)
    await page.goto('/admin/collections/contact-messages')
    const row = page.getByRole('row').filter({ hasText: subject })
    await expect(row).toContainText('Failed')
    await row.getByRole('link', { name: subject }).click()
    await page.getByRole('button', { name: 'Send again' }).click()
    await expect(page.getByText(/Queued for delivery/)).toBeVisible()

    const [mail] = await delivered(subject)
    expect(mail?.envelope.to).toEqual(['communications@example.org'])
    await expect.poll(async () => (await statusOf(subject))?.status, { timeout: 20_000 }).toBe('sent')
  })
})
