import type { PayloadRequest } from 'payload'

export const COMMENTS_QUEUE = 'comments'
export const NOTICES_TASK = 'sendCommentNotices'

/**
 * Asks the jobs queue to send what is due (an approval or reply notice) soon, in the saving
 * transaction: if the save rolls back, so does the job. The scheduled run catches anything else.
 */
export async function queueCommentNotices(req: PayloadRequest): Promise<void> {
  await req.payload.jobs.queue({ task: NOTICES_TASK, queue: COMMENTS_QUEUE, input: {}, req })
}
