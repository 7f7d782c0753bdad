import { createTestDatabase, type TestDatabase } from './testDatabase'

let database: TestDatabase | undefined

/** Integration tests: every run gets a fresh database, which the Payload config picks up from env. */
export async function setup(): Promise<void> {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  process.env.DATA_DIR = database.dataDir
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  process.env.SITE_URL = 'http://localhost:3000'
  delete process.env.SMTP_HOST
}

export async function teardown(): Promise<void> {
  await database?.dispose()
}
