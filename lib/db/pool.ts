import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * Payload's own PostgreSQL connection pool, for the few statements its Local API cannot express
 * atomically (delivery claims, rate-limit counters, conditional retries).
 */
export const databasePool = (payload: Payload): Pool => (payload.db as unknown as PostgresAdapter).pool
