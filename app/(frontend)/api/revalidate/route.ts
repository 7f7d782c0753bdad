import { timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import { z } from 'zod'

import { signTags } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { refreshRoutingPolicy } from '@/lib/consent/routingPolicy'
import { serverEnv } from '@/lib/env'

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(50) })

/** Cache expiry for hooks that ran outside a request (jobs). Signed with PAYLOAD_SECRET. */
export async function POST(request: Request): Promise<Response> {
  const secret = serverEnv().PAYLOAD_SECRET
  const parsed = bodySchema.safeParse(await request.json().catch(() => null))
  if (!secret || !parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 })
  const expected = Buffer.from(signTags(parsed.data.tags, secret))
  const given = Buffer.from(request.headers.get('x-signature') ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: 'Forbidden' }, { status: 403 })
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  // Cookie settings saved by another process: the page variants follow at once.
  if (parsed.data.tags.includes(cacheTags.global('cookie-settings'))) await refreshRoutingPolicy()
  return Response.json({ revalidated: parsed.data.tags.length })
}
