import { createHmac } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

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

/** What a hook knows of its operation's transaction (Payload's `req`). */
interface Transacting {
  transactionID?: unknown
}

/** Posts to the server not yet answered, for a process that is about to exit. */
const posting = new Set<Promise<void>>()

/** How often, and for how long at most, to look whether a transaction has ended. */
const TRANSACTION_POLL_MS = 10
const TRANSACTION_WAIT_MS = 30_000

/**
 * Expires cache tags so the next request renders fresh content.
 *
 * Inside a Next.js request (admin saves, REST calls) this is `revalidateTag`, which Next.js
 * applies once the request's handler has returned, after Payload has committed the change. Hooks
 * can also run outside any request: scheduled publishing on the jobs queue, or `npm run jobs` in a
 * separate process. There Next.js has no cache to reach, so the tags are posted to the running
 * server's /api/revalidate, signed with PAYLOAD_SECRET, once the operation's transaction (`req`)
 * has ended: expired before the change is committed, a page rendered in between would be cached
 * with the data from before it. Scripts that write content before the server exists (seed) pass
 * `context.disableRevalidate` instead.
 */
export async function expireTags(tags: readonly string[], req?: Transacting): Promise<void> {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(OUTSIDE_REQUEST_MESSAGE)) throw error
  }
  const transaction = req?.transactionID ? req : undefined
  const post = transaction ? transactionEnded(transaction).then(() => postToServer(tags)) : postToServer(tags)
  posting.add(post)
  void post.finally(() => posting.delete(post))
  // Inside the transaction the hook must not wait for the post: the transaction ends after it.
  if (!transaction) await post
}

/** Resolves once every expiry posted from this process has been answered (`npm run jobs`, tests). */
export async function expiriesPosted(): Promise<void> {
  while (posting.size > 0) await Promise.all(posting)
}

/** Payload ends a transaction (commit or rollback) by removing its id from the request. */
async function transactionEnded(req: Transacting): Promise<void> {
  const deadline = Date.now() + TRANSACTION_WAIT_MS
  while (req.transactionID && Date.now() < deadline) await sleep(TRANSACTION_POLL_MS)
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
