import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { moderate } from '@/collections/Comments/endpoints/moderate'
import { moderateComments } from '@/lib/comments/moderateComments'
import { submitComment } from '@/lib/comments/submitComment'
import { findApprovedComments } from '@/lib/queries/comments'
import { searchDatabase } from '@/lib/search/database'
import { searchSite } from '@/lib/search/searchSite'
import type { Comment } from '@/payload-types'

import { commentForm, createCommentWorld, storedComment, type CommentWorld } from '../helpers/commentFixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let world: CommentWorld
const quiet = { disableRevalidate: true, disableNotices: true }

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createCommentWorld(payload)
})

async function pendingComment(body: string, postId = world.post.id): Promise<Comment> {
  const result = await submitComment(commentForm({ body }), world.context({ post: { id: postId, open: true } }))
  if (result.outcome !== 'accepted' || !result.commentId) throw new Error('not stored')
  return (await storedComment(payload, result.commentId)) as Comment
}

const asEditor = () => ({ user: world.editor, overrideAccess: false, context: quiet })
const publicBodies = async (postId = world.post.id) =>
  (await findApprovedComments(payload, postId)).map((comment) => comment.body)

describe('moderation states', () => {
  it('only approved comments are shown; rejecting, marking as spam or deleting takes one away again', async () => {
    const post = await world.createPost('Moderated post')
    const a = await pendingComment(`First ${world.tag}`, post.id)
    const b = await pendingComment(`Second ${world.tag}`, post.id)
    const c = await pendingComment(`Third ${world.tag}`, post.id)
    expect(await publicBodies(post.id)).toEqual([])

    for (const comment of [a, b, c]) {
      await payload.update({ collection: 'comments', id: comment.id, data: { status: 'approved' }, ...asEditor() })
    }
    expect(await publicBodies(post.id)).toEqual([a.body, b.body, c.body])

    await payload.update({ collection: 'comments', id: a.id, data: { status: 'rejected' }, ...asEditor() })
    await payload.update({ collection: 'comments', id: b.id, data: { status: 'spam' }, ...asEditor() })
    expect(await publicBodies(post.id)).toEqual([c.body])
    await payload.delete({ collection: 'comments', id: c.id, ...asEditor() })
    expect(await publicBodies(post.id)).toEqual([])
  })

  it('several comments are approved in one action (the queue’s Approve for the ticked ones)', async () => {
    const post = await world.createPost('Bulk post')
    const comments = await Promise.all([1, 2, 3].map((n) => pendingComment(`Bulk ${n} ${world.tag}`, post.id)))
    const ids = comments.map((comment) => comment.id)
    expect(await moderateComments(payload, world.editor, { ids, status: 'approved' }, quiet)).toEqual({
      changed: 3,
      failed: [],
    })
    expect((await publicBodies(post.id)).sort()).toEqual(comments.map((comment) => comment.body).sort())
    // A contributor's attempt changes nothing and says so.
    expect(await moderateComments(payload, world.contributor, { ids, status: 'spam' }, quiet)).toEqual({
      changed: 0,
      failed: ids,
    })
    expect((await publicBodies(post.id)).sort()).toEqual(comments.map((comment) => comment.body).sort())
  })

  it('answers the queue’s action 403 unless the user moderates, and 400 for a malformed one', async () => {
    const comment = await pendingComment(`Endpoint ${world.tag}`)
    const call = async (user: typeof world.editor | null, body: unknown) => {
      const req = await createLocalReq({ user: user ?? undefined }, payload)
      req.json = async () => body
      return moderate.handler(req)
    }
    const valid = { ids: [comment.id], status: 'approved' }
    expect((await call(null, valid)).status).toBe(403)
    expect((await call(world.contributor, valid)).status).toBe(403)
    for (const body of [
      null,
      { ids: [], status: 'approved' },
      { ids: ['1'], status: 'approved' },
      { ids: [1], status: 'published' },
    ]) {
      expect((await call(world.editor, body)).status).toBe(400)
    }
    expect((await storedComment(payload, comment.id))?.status).toBe('pending')
  })

  it('a contributor cannot approve, and nothing changes', async () => {
    const comment = await pendingComment(`Contributor ${world.tag}`)
    await expect(
      payload.update({
        collection: 'comments',
        id: comment.id,
        data: { status: 'approved' },
        user: world.contributor,
        overrideAccess: false,
        context: quiet,
      }),
    ).rejects.toThrow()
    expect((await storedComment(payload, comment.id))?.status).toBe('pending')
  })

  it('records who moderated, who redacted the text (with a note) and who replied as the network', async () => {
    const comment = await pendingComment(`Call me on 07700 900123 ${world.tag}`)
    await payload.update({ collection: 'comments', id: comment.id, data: { status: 'approved' }, ...asEditor() })
    await payload.update({
      collection: 'comments',
      id: comment.id,
      data: { body: `Call me on [removed] ${world.tag}`, editNote: 'Removed a phone number' },
      ...asEditor(),
    })
    await payload.update({
      collection: 'comments',
      id: comment.id,
      data: { reply: '  Thank you, we will be in touch.  ' },
      ...asEditor(),
    })
    const stored = await storedComment(payload, comment.id)
    expect(stored).toMatchObject({
      status: 'approved',
      moderatedBy: world.editor.id,
      editedBy: world.editor.id,
      editNote: 'Removed a phone number',
      repliedBy: world.editor.id,
      reply: 'Thank you, we will be in touch.',
    })
    expect(stored?.moderatedAt && stored.editedAt && stored.repliedAt).toBeTruthy()

    const shown = (await findApprovedComments(payload, world.post.id)).find((c) => c.id === comment.id)
    expect(shown).toEqual({
      id: comment.id,
      authorName: 'Robin Reader',
      body: `Call me on [removed] ${world.tag}`,
      createdAt: comment.createdAt,
      reply: 'Thank you, we will be in touch.',
      repliedAt: stored?.repliedAt,
      edited: true,
    })
    // What a visitor's page is given never carries the address.
    expect(JSON.stringify(shown)).not.toContain('example.net')
  })

  it('the commenter’s details and the system’s records cannot be changed by hand', async () => {
    const comment = await pendingComment(`Fixed fields ${world.tag}`)
    await payload.update({
      collection: 'comments',
      id: comment.id,
      data: { authorEmail: 'changed@example.org', authorName: 'Someone else', notifyCommenter: true, post: 1 },
      ...asEditor(),
    })
    expect(await storedComment(payload, comment.id)).toMatchObject({
      authorEmail: comment.authorEmail,
      authorName: comment.authorName,
      notifyCommenter: false,
      post: world.post.id,
    })
  })
})

describe('a post that is deleted', () => {
  it('takes its comments with it', async () => {
    const post = await world.createPost('Deleted post')
    const comment = await pendingComment(`On a deleted post ${world.tag}`, post.id)
    await payload.update({ collection: 'comments', id: comment.id, data: { status: 'approved' }, ...asEditor() })
    await payload.delete({ collection: 'posts', id: post.id, ...asEditor() })
    expect(await storedComment(payload, comment.id)).toBeNull()
    expect(
      await payload.findByID({ collection: 'posts', id: post.id, disableErrors: true, overrideAccess: true }),
    ).toBeNull()
  })
})

describe('site search', () => {
  it('never finds a comment’s text, approved or not', async () => {
    const word = `zyqcomment${world.tag}`
    const comment = await pendingComment(`A comment with ${word} in it`)
    await payload.update({ collection: 'comments', id: comment.id, data: { status: 'approved' }, ...asEditor() })
    const result = await searchSite(await searchDatabase(payload), {
      q: word,
      kinds: [],
      themeIds: [],
      years: [],
      sort: 'relevance',
      page: 1,
      perPage: 10,
    })
    expect(result.total).toBe(0)
  })
})
