import 'server-only'

import { databasePool } from '@/lib/db/pool'
import { getPayloadClient } from '@/lib/payload'

/** One round trip on Payload's own pool: the connections the site's pages really depend on. */
export async function pingDatabase(): Promise<void> {
  await databasePool(await getPayloadClient()).query('select 1')
}
