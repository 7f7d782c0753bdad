import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { databasePool } from '@/lib/db/pool'
import { checkDatabase } from '@/lib/health/checkDatabase'

import { getTestPayload } from '../helpers/payload'

describe('database health check', () => {
  it('reports ok when PostgreSQL answers', async () => {
    const payload = await getTestPayload()
    const pool = databasePool(payload)
    const result = await checkDatabase(() => pool.query('select 1'))
    expect(result).toEqual({ httpStatus: 200, report: { status: 'ok', db: 'ok' } })
  })

  it('reports 503 with a plain message, and no connection details, when nothing answers', async () => {
    // A port nobody listens on: the real driver fails to connect.
    const pool = new pg.Pool({
      connectionString: 'postgres://user:secret@127.0.0.1:1/none',
      connectionTimeoutMillis: 1000,
    })
    const logged: unknown[] = []
    const result = await checkDatabase(
      () => pool.query('select 1'),
      3000,
      (error) => logged.push(error),
    )
    await pool.end()
    expect(result.httpStatus).toBe(503)
    expect(result.report).toEqual({
      status: 'unavailable',
      db: 'unreachable',
      message: 'The database is not answering.',
    })
    expect(JSON.stringify(result.report)).not.toMatch(/secret|127\.0\.0\.1|ECONNREFUSED/)
    expect(logged).toHaveLength(1)
  })
})
