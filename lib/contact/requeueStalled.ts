import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import { databasePool } from '@/lib/db/pool'
import { CONTACT_QUEUE, queueContactDelivery } from './queueContactDelivery'

export const REQUEUE_TASK = 'requeueStalledContactMessages'

/**
 * Puts back in the queue what a dead worker or a failed database write left behind: contact jobs
 * stuck as "processing" (Payload does not recover them), messages whose sending claim lapsed, and
 * queued messages without an open delivery job. The delivery task's claim still guarantees that
 * nothing already sent and recorded is sent again.
 */
export async function requeueStalledContactMessages(payload: Payload): Promise<{ requeued: number; released: number }> {
  const pool = databasePool(payload)
  const released = await pool.query(
    `update payload_jobs set processing = false, updated_at = now()
      where queue = $1 and processing and completed_at is null and updated_at < now() - interval '30 minutes'`,
    [CONTACT_QUEUE],
  )
  const lapsed = await pool.query<{ id: number }>(
    `update contact_messages set status = 'queued', updated_at = now()
      where status = 'sending' and last_attempt_at < now() - interval '10 minutes' returning id`,
  )
  const orphans = await pool.query<{ id: number }>(
    `select m.id from contact_messages m
      where m.status = 'queued' and (m.updated_at < now() - interval '10 minutes' or m.id = any($2::int[]))
        and not exists (
          select 1 from payload_jobs j
           where j.queue = $1 and j.completed_at is null and not coalesce(j.has_error, false)
             and (j.input ->> 'messageId')::int = m.id)`,
    [CONTACT_QUEUE, lapsed.rows.map(({ id }) => id)],
  )
  const req = await createLocalReq({}, payload)
  for (const { id } of orphans.rows) await queueContactDelivery(req, id)
  return { requeued: orphans.rows.length, released: released.rowCount ?? 0 }
}

/** Every ten minutes. */
export const requeueStalledTask: TaskConfig<typeof REQUEUE_TASK> = {
  slug: REQUEUE_TASK,
  label: 'Requeue stalled contact messages',
  outputSchema: [
    { name: 'requeued', type: 'number', required: true },
    { name: 'released', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await requeueStalledContactMessages(req.payload) }),
}
