import type { Payload, RequestContext, TypedUser } from 'payload'
import { z } from 'zod'

import { commentStatuses, type CommentStatus } from './statuses'

/** At most one list page of comments per action. */
export const MODERATE_MAX = 100

export const moderationSchema = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(MODERATE_MAX),
  status: z.enum(commentStatuses.map(({ value }) => value) as [CommentStatus, ...CommentStatus[]]),
})

export type Moderation = z.infer<typeof moderationSchema>

/**
 * Sets the status of several comments, as `user` with their access, one comment after another.
 * Not one bulk `payload.update({ where })`: Payload 3.90 runs each document's statements at once
 * on its transaction's single connection, which pg deprecates and pg 9 refuses (see
 * lib/db/deleteEach.ts). Each comment is its own transaction, so one refused change leaves the
 * others done; the count says how many were changed.
 */
export async function moderateComments(
  payload: Payload,
  user: TypedUser,
  { ids, status }: Moderation,
  context?: RequestContext,
): Promise<{ changed: number; failed: number[] }> {
  let changed = 0
  const failed: number[] = []
  for (const id of new Set(ids)) {
    try {
      await payload.update({
        collection: 'comments',
        id,
        data: { status },
        depth: 0,
        select: { status: true },
        user,
        overrideAccess: false,
        context,
      })
      changed += 1
    } catch {
      failed.push(id)
    }
  }
  return { changed, failed }
}
