import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The Payload Local API for server code. Only `lib/queries/*` and `lib/actions/*` should call it.
 * `cron` starts the jobs queue's schedule (scheduled publishing) in this long-running server;
 * `shouldAutoRun` in payload.config.ts still lets JOBS_AUTORUN=false hand it to `npm run jobs`.
 */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
