import type { Endpoint } from 'payload'

import { hasRole } from '@/cms/access/roles'
import { moderateComments, moderationSchema } from '@/lib/comments/moderateComments'

/**
 * `POST /api/comments/moderate` with `{ "ids": [1, 2], "status": "approved" }`: the moderation
 * queue's Approve, Reject and Mark as spam for every ticked comment. Editors and administrators.
 */
export const moderate: Endpoint = {
  path: '/moderate',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !hasRole(req.user, 'admin', 'editor')) {
      return Response.json({ errors: [{ message: 'You are not allowed to moderate comments.' }] }, { status: 403 })
    }
    const parsed = moderationSchema.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) {
      return Response.json(
        {
          errors: [
            { message: 'Send the ids of up to 100 comments and a status: pending, approved, rejected or spam.' },
          ],
        },
        { status: 400 },
      )
    }
    return Response.json(await moderateComments(req.payload, req.user, parsed.data))
  },
}
