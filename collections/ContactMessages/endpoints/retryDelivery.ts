import type { Endpoint } from 'payload'

import { databasePool } from '@/lib/db/pool'
import { hasRole } from '@/cms/access/roles'
import { queueContactDelivery } from '@/lib/contact/queueContactDelivery'

/**
 * `POST /api/contact-messages/:id/retry`: puts a failed message, one held as spam that the team
 * judges genuine, or one held over a capacity limit that the team releases, back in the queue
 * with a new delivery job. Editors and administrators only.
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
    // One conditional UPDATE: of two clicks (or two editors) only one puts the message back.
    const pool = databasePool(req.payload)
    const taken = await pool.query(
      `update contact_messages set status = 'queued', spam_reason = null, updated_at = now()
        where id = $1 and status in ('failed', 'spam', 'held') returning status`,
      [id],
    )
    if (taken.rowCount !== 1) {
      return Response.json(
        { error: `Only failed or held messages can be sent again; this one is ${message.status}.` },
        { status: 409 },
      )
    }
    try {
      await queueContactDelivery(req, id)
    } catch (error) {
      await pool.query(`update contact_messages set status = $2 where id = $1`, [id, message.status])
      throw error
    }
    return Response.json({ status: 'queued' })
  },
}
