import { expect, test } from '@playwright/test'

import { jsonLd } from '../helpers/jsonLd'
import { expectNoAxeViolations } from '../helpers/e2eAxe'

test.describe('search engines and sharing', () => {
  test('robots.txt keeps the admin panel and the API out and points to the sitemap', async ({ request, baseURL }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/Disallow: \/admin/)
    expect(text).toMatch(/Disallow: \/api\//)
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  })

  test('sitemap.xml lists public addresses as absolute URLs, and no drafts', async ({ request, baseURL }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    const xml = await response.text()
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '')
    expect(urls.length).toBeGreaterThan(20)
    expect(urls.every((url) => url.startsWith(`${baseURL}/`))).toBe(true)
    expect(urls).toContain(`${baseURL}/about`)
    expect(urls).toContain(`${baseURL}/what-is-social-prescribing/policy-context`)
    expect(urls.some((url) => url.includes('/projects/'))).toBe(true)
    expect(urls.some((url) => url.includes('/events/'))).toBe(true)
    expect(urls.some((url) => url.includes('/members/'))).toBe(true)
  })

  test('the home page describes the network as an organisation', async ({ page, baseURL }) => {
    await page.goto('/')
    const organisation = (await jsonLd(page)).find((item) => item['@type'] === 'ResearchOrganization')
    expect(organisation?.name).toBe('Oxford Social Prescribing Research Network')
    expect(JSON.stringify(organisation)).toContain('Nuffield Department of Primary Care Health Sciences')
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute(
      'content',
      'Oxford Social Prescribing Research Network',
    )
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect([baseURL, `${baseURL}/`]).toContain(canonical)
  })

  test('a nested page has breadcrumbs, BreadcrumbList data and a canonical address', async ({ page, baseURL }) => {
    const response = await page.goto('/what-is-social-prescribing/policy-context')
    expect(response?.status()).toBe(200)
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    await expect(crumbs.getByRole('link')).toHaveCount(2)
    await expect(crumbs.locator('[aria-current="page"]')).toBeVisible()
    const breadcrumbList = (await jsonLd(page)).find((item) => item['@type'] === 'BreadcrumbList')
    expect((breadcrumbList?.itemListElement as unknown[]).length).toBe(3)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${baseURL}/what-is-social-prescribing/policy-context`,
    )
    await expectNoAxeViolations(page)
  })
})
