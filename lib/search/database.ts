import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/** What the search module needs of a drizzle database or transaction (a nested one is a savepoint). */
export interface SqlExecutor {
  execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
  transaction: <T>(run: (transaction: SqlExecutor) => Promise<T>) => Promise<T>
}

/**
 * The request's own transaction when there is one, so an index row commits or rolls back with
 * the document it describes. Writing through the pool from inside a hook would be a second
 * connection that cannot see the uncommitted document and can wait on its locks
 * (payloadcms/payload#8852). Payload's own `getTransaction` does the same but is not exported.
 */
export async function searchDatabase(payload: Payload, req?: Partial<PayloadRequest>): Promise<SqlExecutor> {
  const adapter = payload.db as unknown as PostgresAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  const session = id === undefined ? undefined : adapter.sessions?.[String(id)]
  return (session?.db ?? adapter.drizzle) as unknown as SqlExecutor
}
