import type { Endpoint } from 'payload'

import { hasRole } from '@/cms/access/roles'
import { retryMessage } from '@/lib/contact/retryMessage'
import { serialIdOf } from '@/lib/db/serialId'

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
    const id = serialIdOf(req.routeParams?.id)
    if (id === null) return Response.json({ error: 'Unknown message' }, { status: 404 })
    try {
      const outcome = await retryMessage(req, id)
      if (outcome.kind === 'unknown') return Response.json({ error: 'Unknown message' }, { status: 404 })
      if (outcome.kind === 'not-retryable') {
        return Response.json(
          { error: `Only failed or held messages can be sent again; this one is ${outcome.status}.` },
          { status: 409 },
        )
      }
      return Response.json({ status: 'queued' })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `[contact] message ${id} could not be queued again` })
      return Response.json({ error: 'The message could not be queued again. Try again later.' }, { status: 500 })
    }
  },
}
