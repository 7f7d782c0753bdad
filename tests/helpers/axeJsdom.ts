import axe from 'axe-core'

/**
 * Axe's WCAG 2.2 AA and best-practice rules on markup rendered in jsdom. Rules that need layout or
 * a canvas (colour contrast, icon ligatures for label-in-name) cannot run there; the browser
 * tests run them on real pages. `region` is off because a fixture is not a whole page.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      'color-contrast': { enabled: false },
      'label-content-name-mismatch': { enabled: false },
      region: { enabled: false },
    },
  })
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`)
}
