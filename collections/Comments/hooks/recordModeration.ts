import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'

/**
 * Records who did what to a comment: who moderated it and when, who redacted its text, who wrote
 * the network's reply. Taken from the signed-in user, never from the submitted data.
 */
export const recordModeration: CollectionBeforeChangeHook<Comment> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || !req.user) return data
  const now = new Date().toISOString()
  const userId = req.user.id as number
  if (data.status !== undefined && data.status !== originalDoc.status) {
    data.moderatedBy = userId
    data.moderatedAt = now
  }
  if (data.body !== undefined && data.body !== originalDoc.body) {
    data.editedBy = userId
    data.editedAt = now
  }
  const reply = data.reply === undefined ? undefined : (data.reply ?? '').trim()
  if (reply !== undefined && reply !== (originalDoc.reply ?? '').trim()) {
    data.reply = reply || null
    data.repliedBy = reply ? userId : null
    data.repliedAt = reply ? now : null
  }
  return data
}
