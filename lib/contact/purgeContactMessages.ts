import type { Payload, TaskConfig } from 'payload'

import { clearExpiredRateLimits } from '@/lib/abuse/rateLimits'
import { deleteEach } from '@/lib/db/deleteEach'
import { databasePool } from '@/lib/db/pool'

export const PURGE_TASK = 'purgeContactMessages'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes contact messages older than the retention period set in Contact settings (held spam
 * after its own, shorter period) and rate-limit counters whose window has ended. Messages still
 * waiting for delivery are kept whatever their age, so nothing is deleted unsent; messages held
 * for review that nobody released go after the normal retention period, like sent ones.
 */
export async function purgeContactMessages(payload: Payload, now = new Date()) {
  const settings = await payload.findGlobal({ slug: 'contact-settings', depth: 0, overrideAccess: true })
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString()
  const messages = await deleteEach(payload, 'contact-messages', {
    or: [
      {
        and: [
          { status: { in: ['sent', 'failed', 'held'] } },
          { createdAt: { less_than: before(settings.retentionDays ?? 365) } },
        ],
      },
      {
        and: [{ status: { equals: 'spam' } }, { createdAt: { less_than: before(settings.spamRetentionDays ?? 30) } }],
      },
    ],
  })
  const rateLimits = await clearExpiredRateLimits(databasePool(payload), now.getTime())
  return { messages, rateLimits }
}

/** Every night at 03:15 (server time), on the same queue as scheduled publishing. */
export const purgeContactMessagesTask: TaskConfig<typeof PURGE_TASK> = {
  slug: PURGE_TASK,
  label: 'Delete contact messages past their retention period',
  outputSchema: [
    { name: 'messages', type: 'number', required: true },
    { name: 'rateLimits', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await purgeContactMessages(req.payload) }),
}
