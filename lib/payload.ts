import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload Local API for server code. Only `lib/queries/*` and `lib/actions/*` should call it. */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
