import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Whether scripts run in this page (they do not in the "without JavaScript" tests). */
async function scriptsRun(page: Page): Promise<boolean> {
  // With JavaScript disabled page.evaluate never settles, so give it a moment and decide.
  const probe = page.evaluate(() => true).catch(() => false)
  return Promise.race([probe, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500))])
}

/**
 * Fails the test with axe's own report when the page breaks any WCAG 2.2 A/AA rule axe can check.
 * axe runs as a script in the page; for a page loaded without JavaScript the same address is
 * audited in a fresh tab where scripts run (the server sends the same markup).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  let target = page
  let cleanup = async () => undefined
  if (!(await scriptsRun(page))) {
    const browser = page.context().browser()
    if (!browser) throw new Error('No browser to run axe in')
    const context = await browser.newContext({ javaScriptEnabled: true })
    target = await context.newPage()
    await target.goto(page.url())
    cleanup = async () => context.close()
  }
  try {
    const results = await new AxeBuilder({ page: target })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    const summary = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
    expect(summary).toEqual([])
  } finally {
    await cleanup()
  }
}
