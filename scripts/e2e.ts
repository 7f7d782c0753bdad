/**
 * `npm run test:e2e`: builds the production bundle, then runs Playwright in Debian's Chromium
 * against `npm start` on a fresh embedded database. Extra arguments go to Playwright.
 * Fails (never skips) when Chromium is missing.
 */
import { rm } from 'node:fs/promises'

import { chromiumMissingMessage } from '../tests/helpers/chromium'
import { localBin, runToCompletion } from './lib/processes'

const missing = chromiumMissingMessage()
if (missing) {
  console.error(missing)
  process.exit(1)
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
if (process.env.E2E_SKIP_BUILD !== 'true') {
  await runToCompletion(localBin('next'), ['build'], { ...env, NODE_ENV: 'production' })
}
await rm('.data/e2e', { recursive: true, force: true })
await rm('.data/e2e-tls', { recursive: true, force: true })
try {
  await runToCompletion(localBin('playwright'), ['test', ...process.argv.slice(2)], env)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
