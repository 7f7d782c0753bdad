import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { purgeComments } from '@/lib/comments/purgeComments'
import { databasePool } from '@/lib/db/pool'

import { createCommentWorld, storedComment, type CommentWorld } from '../helpers/commentFixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let world: CommentWorld

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createCommentWorld(payload)
  await payload.updateGlobal({
    slug: 'comment-settings',
    data: { retentionDays: 30 },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
})

async function commentAged(status: 'pending' | 'approved' | 'rejected' | 'spam', days: number) {
  const comment = await payload.create({
    collection: 'comments',
    data: {
      post: world.post.id,
      status,
      authorName: `Aged ${status} ${world.tag}`,
      authorEmail: `aged-${status}-${days}-${world.tag}@example.net`,
      body: `A ${status} comment ${days} days old`,
      guidelinesAgreedAt: new Date().toISOString(),
    },
    overrideAccess: true,
    context: { disableRevalidate: true, disableNotices: true },
  })
  await databasePool(payload).query(`update comments set created_at = now() - $2::interval where id = $1`, [
    comment.id,
    `${days} days`,
  ])
  return comment.id
}

describe('retention of comments that were not approved', () => {
  it('deletes pending, rejected and spam comments past the period set in the CMS, with their addresses', async () => {
    const old = {
      pending: await commentAged('pending', 31),
      rejected: await commentAged('rejected', 45),
      spam: await commentAged('spam', 90),
    }
    const approvedOld = await commentAged('approved', 400)
    const recent = [await commentAged('pending', 29), await commentAged('spam', 1)]

    const { comments } = await purgeComments(payload)
    expect(comments).toBeGreaterThanOrEqual(3)
    for (const id of Object.values(old)) expect(await storedComment(payload, id)).toBeNull()
    expect(await storedComment(payload, approvedOld)).not.toBeNull()
    for (const id of recent) expect(await storedComment(payload, id)).not.toBeNull()
  })

  it('runs as a nightly scheduled job', async () => {
    const config = payload.config.jobs.tasks?.find((task) => task.slug === 'purgeComments')
    expect(config?.schedule?.[0]?.cron).toBe('0 20 3 * * *')
  })
})
