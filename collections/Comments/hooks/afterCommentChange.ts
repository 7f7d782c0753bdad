import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { queueCommentNotices } from '@/lib/comments/queueCommentNotices'
import type { Comment } from '@/payload-types'

const postId = (comment: Pick<Comment, 'post'>) =>
  typeof comment.post === 'object' ? comment.post.id : (comment.post as number)

/** A notice the commenter asked for that has become due with this save. */
const noticeDue = (doc: Comment) =>
  doc.notifyCommenter === true &&
  doc.status === 'approved' &&
  (!doc.approvalNoticeSentAt || (Boolean(doc.reply) && !doc.replyNoticeSentAt))

/**
 * The post's page shows approved comments: when one is approved, un-approved, edited or answered
 * its post's comments tag expires, so the next request renders the page afresh (it stays cached).
 * A save that changes nothing public (a pending comment's note) expires nothing.
 */
export const afterCommentChange: CollectionAfterChangeHook<Comment> = async ({
  doc: result,
  previousDoc,
  req,
  context,
}) => {
  // A request that selects a few fields (`select`) gets them only, here too: read the whole comment.
  const doc =
    result.status !== undefined && result.post !== undefined && result.notifyCommenter !== undefined
      ? result
      : await req.payload.findByID({ collection: 'comments', id: result.id, depth: 0, overrideAccess: true, req })
  const wasPublic = previousDoc?.status === 'approved'
  if (!context.disableRevalidate && (doc.status === 'approved' || wasPublic)) {
    await expireTags([cacheTags.postComments(postId(doc))], req)
  }
  if (!context.disableNotices && noticeDue(doc)) await queueCommentNotices(req)
  return result
}

export const afterCommentDelete: CollectionAfterDeleteHook<Comment> = async ({ doc, context, req }) => {
  if (!context.disableRevalidate && doc.status === 'approved') {
    await expireTags([cacheTags.postComments(postId(doc))], req)
  }
  return doc
}
