import 'server-only'

import { publishRoutingPolicy } from '@/server/consentVariant.mjs'
import { getPayloadClient } from '@/lib/payload'
import { findCookieSettings } from '@/lib/queries/cookieSettings'

import { routingPolicyFor } from './policy'

/**
 * Tells the server preload the current policy revision, lifetime and choices, so that it routes
 * each request to the right page variant. Run at start, after Cookie settings change, and every
 * minute (a change made by another process, or a database that was down at start).
 */
export async function refreshRoutingPolicy(): Promise<void> {
  publishRoutingPolicy(routingPolicyFor(await findCookieSettings(await getPayloadClient())))
}

const REFRESH_MS = 60_000

export async function startRoutingPolicyRefresh(): Promise<void> {
  const refresh = () =>
    refreshRoutingPolicy().catch((error: unknown) => {
      console.error(`[consent] cookie settings not read, page variants use the last known policy: ${String(error)}`)
    })
  await refresh()
  setInterval(refresh, REFRESH_MS).unref()
}
