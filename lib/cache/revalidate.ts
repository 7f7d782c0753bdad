import { createHmac } from 'node:crypto'

import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags so the next request renders fresh content.
 *
 * Inside a Next.js request (admin saves, REST calls) this is `revalidateTag`. Hooks can also run
 * outside any request: scheduled publishing on the jobs queue, or `npm run jobs` in a separate
 * process. There Next.js has no cache to reach, so the tags are posted to the running server's
 * /api/revalidate, signed with PAYLOAD_SECRET. Scripts that write content before the server
 * exists (seed) pass `context.disableRevalidate` instead.
 */
export async function expireTags(tags: readonly string[]): Promise<void> {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('static generation store missing')) throw error
  }
  await postToServer(tags)
}

export function signTags(tags: readonly string[], secret: string): string {
  return createHmac('sha256', secret).update(JSON.stringify(tags)).digest('hex')
}

async function postToServer(tags: readonly string[]): Promise<void> {
  const secret = process.env.PAYLOAD_SECRET
  const port = process.env.PORT || '3000'
  if (!secret) return
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': signTags(tags, secret) },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) console.warn(`[revalidate] server answered ${response.status} for ${tags.join(', ')}`)
  } catch (error) {
    // The server may simply not be running (a one-off script); its cache is then empty anyway.
    console.warn(`[revalidate] could not reach the server to expire ${tags.join(', ')}: ${String(error)}`)
  }
}
