import { expect, test } from '@playwright/test'
import { launch } from 'chrome-launcher'

import { runLighthouse } from '../../scripts/lib/lighthouse'
import { chromiumExecutable, chromiumFlags } from '../helpers/chromium'

/**
 * Lighthouse in Debian's Chromium, on a first visit (no cookies, so the cookie banner shows): the
 * banner is rendered by the server in the page flow, so nothing moves while the page loads.
 */
test.describe('layout stability', () => {
  for (const path of ['/', '/cookies']) {
    test(`a first visit to ${path} has no layout shift in a Lighthouse run`, async ({ baseURL, request }) => {
      test.setTimeout(180_000)
      // What Lighthouse's fresh browser gets: the page with the cookie banner in it.
      expect(await (await request.get(path)).text()).toContain('aria-label="Cookies on ')
      const chrome = await launch({
        chromePath: chromiumExecutable(),
        chromeFlags: [...chromiumFlags, '--headless=new'],
        logLevel: 'error',
      })
      try {
        const result = await runLighthouse(`${baseURL}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          formFactor: 'mobile',
          throttlingMethod: 'simulate',
        })
        const audit = result?.lhr.audits['cumulative-layout-shift']
        expect(result?.lhr.runtimeError).toBeUndefined()
        expect(audit?.numericValue, JSON.stringify(audit?.details ?? {})).toBe(0)
      } finally {
        chrome.kill()
      }
    })
  }
})
