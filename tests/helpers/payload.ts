import { getPayload, type Migration, type Payload } from 'payload'

import { migrations } from '@/migrations'
import config from '@/payload.config'

let ready: Promise<Payload> | undefined

/** The Local API on the run's fresh database, with the committed migrations applied once. */
export function getTestPayload(): Promise<Payload> {
  ready ??= (async () => {
    const payload = await getPayload({ config })
    // Passed in rather than read from disk: Node alone cannot import the TypeScript migration files.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    return payload
  })()
  return ready
}
