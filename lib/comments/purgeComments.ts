import type { Payload, TaskConfig } from 'payload'

import { deleteEach } from '@/lib/db/deleteEach'

export const PURGE_COMMENTS_TASK = 'purgeComments'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes pending, rejected and spam comments older than the period in Comment settings, with
 * the commenter's name and address. Approved comments stay, as published.
 */
export async function purgeComments(payload: Payload, now = new Date()): Promise<{ comments: number }> {
  const settings = await payload.findGlobal({ slug: 'comment-settings', depth: 0, overrideAccess: true })
  const before = new Date(now.getTime() - (settings.retentionDays ?? 60) * DAY_MS).toISOString()
  const comments = await deleteEach(payload, 'comments', {
    and: [{ status: { in: ['pending', 'rejected', 'spam'] } }, { createdAt: { less_than: before } }],
  })
  return { comments }
}

/** Every night at 03:20 (server time), on the same queue as the other purges. */
export const purgeCommentsTask: TaskConfig<typeof PURGE_COMMENTS_TASK> = {
  slug: PURGE_COMMENTS_TASK,
  label: 'Delete comments that were not approved, past their retention period',
  outputSchema: [{ name: 'comments', type: 'number', required: true }],
  schedule: [{ cron: '0 20 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await purgeComments(req.payload) }),
}
