import type { PayloadRequest } from 'payload'

export const CONTACT_QUEUE = 'contact'
export const DELIVER_TASK = 'deliverContactMessage'

/** Queues the delivery of one stored message. Only its id goes into the job: the text stays in its row. */
export async function queueContactDelivery(req: PayloadRequest, messageId: number): Promise<void> {
  await req.payload.jobs.queue({ task: DELIVER_TASK, queue: CONTACT_QUEUE, input: { messageId }, req })
}
