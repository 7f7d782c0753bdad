import type { Page } from '@playwright/test'

/** Every schema.org block on the page, parsed, as a search engine reads them. */
export const jsonLd = async (page: Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, unknown>,
  )
