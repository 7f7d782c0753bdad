import { createServer, type AddressInfo } from 'node:net'

import { createTestDatabase, type TestDatabase } from './testDatabase'

/** A port that was free a moment ago, for the tests' own SMTP server (tests/helpers/smtpSink.ts). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

let database: TestDatabase | undefined

/** Integration tests: every run gets a fresh database, which the Payload config picks up from env. */
export async function setup(): Promise<void> {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  process.env.DATA_DIR = database.dataDir
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  process.env.SITE_URL = 'http://localhost:3000'
  // Hooks that run outside a request post the tags they expire to the server on PORT
  // (lib/cache/revalidate.ts); tests/int/publishing.int.test.ts listens there.
  process.env.PORT = String(await freePort())
  // Outgoing mail really crosses SMTP, to a server the tests start and stop on this port.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(await freePort())
  process.env.SMTP_SECURE = 'false'
  process.env.MAIL_FROM = 'Oxford Social Prescribing Research Network <no-reply@osprn.example.org>'
  // Each test runs the jobs it tests; the server's minute cron would run other files' leftovers.
  process.env.JOBS_AUTORUN = 'false'
  // Retries after 0.2 s, 0.4 s, 0.8 s…, so an outage and recovery fit in a test.
  process.env.CONTACT_RETRY_DELAY_SECONDS = '0.2'
  process.env.CONTACT_DELIVERY_ATTEMPTS = '6'
  process.env.CONTACT_MIN_FILL_SECONDS = '3'
}

export async function teardown(): Promise<void> {
  await database?.dispose()
}
