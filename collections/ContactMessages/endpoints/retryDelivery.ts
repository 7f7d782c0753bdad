import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { hasRole } from '@/cms/access/roles'
import { queueContactDelivery } from '@/lib/contact/queueContactDelivery'

/**
 * `POST /api/contact-messages/:id/retry`: puts a failed message (or one held as spam that the
 * team judges genuine) back in the queue with a new delivery job. Editors and administrators only.
 */
export const retryDelivery: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return Response.json({ error: 'Forbidden' }, { status: 403 })
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return Response.json({ error: 'Unknown message' }, { status: 404 })
    const message = await req.payload
      .findByID({ collection: 'contact-messages', id, depth: 0, req, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    if (!message) return Response.json({ error: 'Unknown message' }, { status: 404 })
    if (message.status !== 'failed' && message.status !== 'spam') {
      return Response.json(
        { error: `Only failed or held messages can be sent again; this one is ${message.status}.` },
        { status: 409 },
      )
    }
    // The status change and the new job are saved together or not at all.
    const ownTransaction = await initTransaction(req)
    try {
      await req.payload.update({
        collection: 'contact-messages',
        id,
        data: { status: 'queued', spamReason: null },
        req,
        overrideAccess: true,
      })
      await queueContactDelivery(req, id)
      if (ownTransaction) await commitTransaction(req)
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
    return Response.json({ status: 'queued' })
  },
}
