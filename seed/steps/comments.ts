import { comments } from '../data/comments'
import type { SeedContext } from './context'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Demo comments, matched by text so seeding again does not repeat them. Seeding never sends mail:
 * the waiting comment counts as already told to the moderators.
 */
export async function seedComments({ payload, refs, now }: SeedContext): Promise<void> {
  for (const { post, daysAgo, reply, ...comment } of comments) {
    const existing = await payload.count({
      collection: 'comments',
      where: { body: { equals: comment.body } },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    const sent = new Date(now.getTime() - daysAgo * DAY_MS).toISOString()
    const answered = new Date(now.getTime() - (daysAgo - 1) * DAY_MS).toISOString()
    await payload.create({
      collection: 'comments',
      data: {
        ...comment,
        post: refs.get('posts', post),
        reply: reply ?? null,
        repliedAt: reply ? answered : null,
        moderatedAt: comment.status === 'pending' ? null : answered,
        moderatorsNotifiedAt: sent,
        guidelinesAgreedAt: sent,
        createdAt: sent,
      },
      overrideAccess: true,
      context: { disableRevalidate: true, disableNotices: true },
    })
  }
}
