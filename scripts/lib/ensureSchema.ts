import type { Payload } from 'payload'

/**
 * Applies pending migrations, so every script works on a database the site has never started on.
 * With schema push (embedded development database only) Payload has already synced the schema.
 */
export async function ensureSchema(payload: Payload): Promise<void> {
  if (process.env.PAYLOAD_DB_PUSH === 'true') return
  await payload.db.migrate()
}
