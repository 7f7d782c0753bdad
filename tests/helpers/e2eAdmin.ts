import { expect, type Page } from '@playwright/test'

import { admin } from './e2eAccounts'

/** Signs in through the admin panel's login form, as a person does. */
export async function signInToAdmin(page: Page, account: { email: string; password: string } = admin): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * The page's requests to the REST API answered with an error, from now on: the admin panel's own
 * requests should never be (a request guard refusing one breaks a field without a visible error).
 */
export function watchRefusedApiRequests(page: Page): string[] {
  const refused: string[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/') && response.status() >= 400) {
      refused.push(`${response.status()} ${response.request().method()} ${response.url()}`)
    }
  })
  return refused
}
