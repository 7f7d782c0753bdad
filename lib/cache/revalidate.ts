import { createHmac } from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { serverEnv } from '@/lib/env'

/**
 * What Next.js throws when `revalidateTag` runs outside a request (no work store): see `revalidate()`
 * in https://github.com/vercel/next.js/blob/v16.4.6/packages/next/src/server/web/spec-extension/revalidate.ts
 * Next has no public way to ask "is there a request?", so the message is matched; Next rewords its
 * errors from time to time (vercel/next.js#94300), and tests/unit/revalidate.unit.test.ts fails
 * when this text no longer matches. Remove this (and the fallback) when Next.js exposes a
 * supported check, or can expire tags from a process outside the server.
 */
export const OUTSIDE_REQUEST_MESSAGE = 'static generation store missing'

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
    if (!(error instanceof Error) || !error.message.includes(OUTSIDE_REQUEST_MESSAGE)) throw error
  }
  await postToServer(tags)
}

export function signTags(tags: readonly string[], secret: string): string {
  return createHmac('sha256', secret).update(JSON.stringify(tags)).digest('hex')
}

async function postToServer(tags: readonly string[]): Promise<void> {
  const { PAYLOAD_SECRET: secret, PORT: port } = serverEnv()
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
