import type { PayloadRequest } from 'payload'

import { databasePool } from '@/lib/db/pool'

import { queueContactDelivery } from './queueContactDelivery'
import type { DeliveryStatus } from './statuses'

export type RetryOutcome =
  { kind: 'queued' } | { kind: 'unknown' } | { kind: 'not-retryable'; status: DeliveryStatus | null | undefined }

/**
 * Puts one message back in the delivery queue with a new job, with the permissions of `req`'s user.
 * A database error is thrown, never reported as an unknown message.
 */
export async function retryMessage(req: PayloadRequest, id: number): Promise<RetryOutcome> {
  const message = await req.payload.findByID({
    collection: 'contact-messages',
    id,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!message) return { kind: 'unknown' }
  // One conditional UPDATE: of two clicks (or two editors) only one puts the message back.
  const pool = databasePool(req.payload)
  const taken = await pool.query(
    `update contact_messages set status = 'queued', spam_reason = null, updated_at = now()
      where id = $1 and status in ('failed', 'spam', 'held') returning status`,
    [id],
  )
  if (taken.rowCount !== 1) return { kind: 'not-retryable', status: message.status }
  try {
    await queueContactDelivery(req, id)
  } catch (error) {
    // Without a job the message would sit as `queued` until the stall sweep: put it back as it was.
    await pool.query(`update contact_messages set status = $2 where id = $1`, [id, message.status])
    throw error
  }
  return { kind: 'queued' }
}
