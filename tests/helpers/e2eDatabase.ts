import pg from 'pg'

import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'
import { DATABASE_NAME } from '../../scripts/lib/runtime'

/**
 * A connection of its own to the browser tests' database (the embedded PostgreSQL the site under
 * test runs on, joined and never stopped here), for a test that must hold the site up at a
 * chosen point, e.g. with a table lock.
 */
export async function connectToSiteDatabase(): Promise<pg.Client> {
  const database = await startEmbeddedPostgres({ dataDir: '.data/e2e', database: DATABASE_NAME })
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  return client
}

/** How many sessions are waiting for a lock on the table. */
export async function sessionsWaitingFor(client: pg.Client, table: string): Promise<number> {
  const { rows } = await client.query<{ waiting: number }>(
    'select count(*)::int as waiting from pg_locks where not granted and relation = $1::regclass',
    [table],
  )
  return rows[0]?.waiting ?? 0
}
