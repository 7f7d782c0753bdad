import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Fails the test with axe's own report when the page breaks any WCAG 2.2 A/AA rule axe can check,
 * or any of its best practices (landmarks, headings, duplicate ids, ...).
 * axe runs as a script in the page; for a page loaded without JavaScript (`scriptsDisabled`) the
 * same address is audited in a fresh tab where scripts run (the server sends the same markup).
 */
export async function expectNoAxeViolations(page: Page, options: { scriptsDisabled?: boolean } = {}): Promise<void> {
  let target = page
  let cleanup: () => Promise<void> = async () => undefined
  if (options.scriptsDisabled) {
    const browser = page.context().browser()
    if (!browser) throw new Error('No browser to run axe in')
    const context = await browser.newContext({ javaScriptEnabled: true })
    target = await context.newPage()
    await target.goto(page.url())
    cleanup = async () => context.close()
  }
  try {
    const results = await new AxeBuilder({ page: target })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
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
