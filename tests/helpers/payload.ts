import { getPayload, type Migration, type Payload, type SanitizedConfig } from 'payload'

import { migrations } from '@/migrations'
import config from '@/payload.config'

import { payloadLoggerOptions } from '@/cms/logger'

import { payloadLogDestination } from './payloadLogs'

let ready: Promise<Payload> | undefined

// Kept in a buffer the tests assert on, not printed (tests/helpers/payloadLogs.ts), with the
// site's own rules. pino's option types ask for every field; Payload passes these straight to pino().
const logger = {
  options: { ...payloadLoggerOptions, level: 'info' },
  destination: payloadLogDestination,
} as unknown as SanitizedConfig['logger']

/** The Local API on the run's fresh database, with the committed migrations applied once. */
export function getTestPayload(): Promise<Payload> {
  ready ??= (async () => {
    const payload = await getPayload({ config: { ...(await config), logger } })
    // Passed in rather than read from disk: Node alone cannot import the TypeScript migration files.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    return payload
  })()
  return ready
}
