import { defineConfig } from '@playwright/test'

import { chromiumExecutable, chromiumFlags } from './tests/helpers/chromium'
import { serverLogs } from './tests/helpers/e2eServerLog'
import { e2eMailboxUrl, e2eSmtpPort } from './tests/helpers/e2eMailbox'
import { TLS_SITE } from './tests/helpers/e2eTlsSite'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${port}`

const serverEnv = {
  EMBEDDED_DB_PORT: '0',
  DATABASE_URL: '',
  // Run the jobs queue every two seconds, so scheduled publishing can be observed.
  JOBS_CRON: '*/2 * * * * *',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(e2eSmtpPort),
  SMTP_SECURE: 'false',
  // Every test browser is 127.0.0.1: the per-address limits would otherwise stop the suite
  // (or hold its messages, or skip its proof-of-consent records).
  CONTACT_LIMIT_PER_IP: '200',
  CONTACT_LIMIT_PER_SENDER_TO_RECIPIENT: '200',
  CONSENT_PROOF_LIMIT_PER_IP: '1000',
  COMMENT_LIMIT_PER_IP: '200',
  CONTACT_MIN_FILL_SECONDS: '1',
  CONTACT_RETRY_DELAY_SECONDS: '1',
  CONTACT_DELIVERY_ATTEMPTS: '2',
}

/**
 * End-to-end tests in Debian's Chromium against the production build (`npm run build` first;
 * `npm run test:e2e` does both). The server is `npm start` on a fresh embedded database, its
 * output in .data/e2e-logs; the run fails on an error or warning there that no test expects.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  globalTeardown: './tests/e2e/globalTeardown.ts',
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumFlags },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The SMTP server all the site's mail goes to, for the whole run (tests/helpers/e2eMailbox.ts).
      command: 'node --import tsx tests/helpers/e2eMailboxServer.ts',
      url: `${e2eMailboxUrl}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      command: 'node --import tsx tests/helpers/e2eServer.ts',
      url: `${baseURL}/api/health`,
      env: {
        ...serverEnv,
        PORT: String(port),
        SITE_URL: baseURL,
        DATA_DIR: '.data/e2e',
        E2E_SERVER_LOG: serverLogs.site,
      },
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    },
    {
      // The same build as deployed behind TLS, for the Observatory's grade (observatory.e2e.spec.ts).
      command: 'node --import tsx tests/helpers/e2eServer.ts',
      url: `http://localhost:${TLS_SITE.appPort}/api/health`,
      env: {
        ...serverEnv,
        PORT: String(TLS_SITE.appPort),
        SITE_URL: TLS_SITE.url,
        DATA_DIR: '.data/e2e-tls',
        E2E_SERVER_LOG: serverLogs.tls,
      },
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    },
  ],
})
