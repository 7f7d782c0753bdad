import { expect, type Page } from '@playwright/test'

/**
 * Opens a page as this browser's visitor and checks it came from the server's cache: a first
 * request (with the same cookies and headers) renders the visitor's variant if nobody had yet.
 * Not for a page that would consume a one-time confirmation.
 */
export async function gotoCached(page: Page, path: string) {
  await page.request.get(path)
  const response = await page.goto(path)
  expect(response?.headers()['x-nextjs-cache'], `${path} from the cache`).toBe('HIT')
  return response
}
