import { expect, test } from '@playwright/test'
import { HtmlValidate } from 'html-validate'

import { pageTypes, perRequestPages } from './pageTypes'

/**
 * The production HTML of every page type, as a fresh visitor, a visitor who chose and a browser
 * sending Global Privacy Control receive it, checked against the HTML standard and the
 * validator's accessibility rules.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    // The cookie banner (GOV.UK's pattern) comes first, with its <h2>, before the page's <h1>.
    'heading-level': ['error', { minInitialRank: 'h2' }],
  },
})

const visitors: Record<string, Record<string, string>> = {
  'a fresh visitor': {},
  'Global Privacy Control': { 'Sec-GPC': '1' },
}

test('every page type is valid HTML for every visitor', async ({ request }) => {
  const pages = { ...(await pageTypes(request)), ...perRequestPages }
  const problems: string[] = []
  for (const [visitor, headers] of Object.entries(visitors)) {
    for (const [what, path] of Object.entries(pages)) {
      const html = await (await request.get(path, { headers })).text()
      const report = await validator.validateString(html, `${what} (${path}), ${visitor}`)
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${result.filePath}: ${message.ruleId}: ${message.message} at ${message.selector ?? '?'}`)
        }
      }
    }
  }
  expect(problems).toEqual([])
})

test('a visitor who accepted gets valid HTML too, with the consented script', async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL })
  await visitor.post('/consent', { form: { choice: 'accept', returnTo: '/about' }, maxRedirects: 0 })
  for (const path of ['/about', '/about', '/cookies']) {
    const html = await (await visitor.get(path)).text()
    const report = await validator.validateString(html, path)
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([])
  }
  await visitor.dispose()
})
