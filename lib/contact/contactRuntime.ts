import 'server-only'

import type { Payload } from 'payload'

import { databasePool } from '@/lib/db/pool'
import { serverEnv } from '@/lib/env'

import { CONTACT_QUEUE } from './queueContactDelivery'
import { createContactRateLimiter, type ContactRateLimiter } from './rateLimits'

let limiter: ContactRateLimiter | undefined

/** One limiter per server process, on Payload's own connection pool. */
export function contactRateLimiter(payload: Payload): ContactRateLimiter {
  const env = serverEnv()
  limiter ??= createContactRateLimiter(databasePool(payload), env.PAYLOAD_SECRET ?? '', {
    perAddress: env.CONTACT_LIMIT_PER_IP,
    perSenderToRecipient: env.CONTACT_LIMIT_PER_SENDER_TO_RECIPIENT,
    perRecipient: env.CONTACT_LIMIT_PER_RECIPIENT,
    global: env.CONTACT_LIMIT_GLOBAL,
    windowSeconds: 60 * 60,
  })
  return limiter
}

/**
 * Runs the contact queue straight after a message is stored, so mail leaves within seconds rather
 * than at the next tick of the jobs schedule. Skipped where a separate worker owns the queue.
 */
export async function runContactQueueSoon(payload: Payload): Promise<void> {
  if (!serverEnv().JOBS_AUTORUN) return
  try {
    await payload.jobs.run({ queue: CONTACT_QUEUE, limit: 10 })
  } catch (error) {
    // The schedule picks the job up on its next tick: log, do not fail the visitor's request.
    payload.logger.error({ err: error, msg: 'Running the contact queue after a submission failed' })
  }
}
