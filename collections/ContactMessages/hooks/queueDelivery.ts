import type { CollectionAfterChangeHook } from 'payload'

import { queueContactDelivery } from '@/lib/contact/queueContactDelivery'

/**
 * A new message that is not spam gets its delivery job in the same transaction as the message
 * itself: either both are saved or neither is, so no stored message waits for a job that was never queued.
 */
export const queueDelivery: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && doc.status === 'queued') await queueContactDelivery(req, doc.id as number)
  return doc
}
