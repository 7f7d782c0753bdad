import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Comment, CommentSetting, Page, Post } from '@/payload-types'

/** What a visitor sees of an approved comment: never the email address or moderation records. */
export type PublicComment = Pick<Comment, 'id' | 'authorName' | 'body' | 'createdAt' | 'reply' | 'repliedAt'> & {
  /** Redacted by the moderators since it was sent. */
  edited: boolean
}

export type PublicCommentSettings = Pick<CommentSetting, 'closeAfterDays' | 'moderationTime'> & {
  guidelines: Pick<Page, 'id' | 'title' | 'slug' | 'breadcrumbs'> | null
}

export type CommentablePost = Pick<Post, 'id' | 'title' | 'slug' | 'kind' | 'publishedAt' | 'comments'>

const MAX_COMMENTS = 500

/**
 * A post's approved comments, oldest first, read as an anonymous visitor: the collection's access
 * rules give a visitor approved comments only, and only their public fields are selected.
 */
export async function findApprovedComments(payload: Payload, postId: number): Promise<PublicComment[]> {
  const result = await payload.find({
    collection: 'comments',
    where: { and: [{ post: { equals: postId } }, { status: { equals: 'approved' } }] },
    select: { authorName: true, body: true, createdAt: true, reply: true, repliedAt: true, editedAt: true },
    // Oldest first; comments sent in the same millisecond in the order they were stored.
    sort: ['createdAt', 'id'],
    depth: 0,
    limit: MAX_COMMENTS,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs.map(({ id, authorName, body, createdAt, reply, repliedAt, editedAt }) => ({
    id,
    authorName,
    body,
    createdAt,
    reply: reply ?? null,
    repliedAt: repliedAt ?? null,
    edited: Boolean(editedAt),
  }))
}

/**
 * Cached under the post's comments tag, which moderation expires. `revalidateSeconds` is the time
 * until the post's comments close, so its page is rendered again without the form then.
 */
export function getApprovedComments(postId: number, revalidateSeconds?: number): Promise<PublicComment[]> {
  return unstable_cache(
    async () => findApprovedComments(await getPayloadClient(), postId),
    ['post-comments', String(postId)],
    { tags: [cacheTags.postComments(postId)], revalidate: revalidateSeconds },
  )()
}

/** What the form and the page say (read as a visitor: the team-only fields never reach them). */
export async function findCommentSettings(payload: Payload): Promise<PublicCommentSettings> {
  const settings = await payload.findGlobal({
    slug: 'comment-settings',
    depth: 1,
    select: { closeAfterDays: true, moderationTime: true, guidelines: true },
    populate: { pages: { title: true, slug: true, breadcrumbs: true } },
    overrideAccess: false,
  })
  const guidelines = typeof settings.guidelines === 'object' ? settings.guidelines : null
  return { ...settings, guidelines } as PublicCommentSettings
}

export const getCommentSettings = unstable_cache(
  async () => findCommentSettings(await getPayloadClient()),
  ['comment-settings'],
  { tags: [cacheTags.global('comment-settings'), cacheTags.collection('pages')] },
)

/** A published post a comment is sent to, read as a visitor; null when there is none. */
export async function findCommentablePost(payload: Payload, id: number): Promise<CommentablePost | null> {
  const result = await payload.find({
    collection: 'posts',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    select: { title: true, slug: true, kind: true, publishedAt: true, comments: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return (result.docs[0] as CommentablePost | undefined) ?? null
}
