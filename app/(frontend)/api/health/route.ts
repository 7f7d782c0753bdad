import { checkDatabase } from '@/lib/health/checkDatabase'
import { pingDatabase } from '@/lib/health/pingDatabase'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const { httpStatus, report } = await checkDatabase(pingDatabase)
  return Response.json(report, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } })
}
