import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { checkDatabase } from '@/lib/health/checkDatabase'
import { getPayloadClient } from '@/lib/payload'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const { httpStatus, report } = await checkDatabase(async () => {
    const payload = await getPayloadClient()
    await (payload.db as unknown as PostgresAdapter).pool.query('select 1')
  })
  return Response.json(report, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } })
}
