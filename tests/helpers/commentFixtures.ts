import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { COMMENTS_QUEUE } from '@/lib/comments/queueCommentNotices'
import { createCommentRateLimiter, type CommentLimits } from '@/lib/comments/rateLimits'
import type { CommentContext } from '@/lib/comments/submitComment'
import { serverEnv } from '@/lib/env'
import type { Post, User } from '@/payload-types'

import { filledForm, poolOf, runQueue } from './formFixtures'

const quiet = { disableRevalidate: true }

export interface CommentWorld {
  payload: Payload
  tag: string
  moderatorEmail: string
  post: Post
  editor: User & { collection: 'users' }
  contributor: User & { collection: 'users' }
  context(overrides?: Partial<CommentContext>): CommentContext
  /** A limiter with its own counters. */
  limiter(limits?: Partial<CommentLimits>): CommentContext['limiter']
  /** A published post of this run. */
  createPost(label: string, extra?: Partial<Post>): Promise<Post>
}

/** Comment settings with a moderators' address, a published post, an editor and a contributor. */
export async function createCommentWorld(payload: Payload): Promise<CommentWorld> {
  const tag = randomBytes(3).toString('hex')
  const moderatorEmail = `moderators-${tag}@osprn.example.org`
  await payload.updateGlobal({
    slug: 'comment-settings',
    data: { moderatorEmail, maxLinks: 2, blocklist: `casino bonus\nwonderpill${tag}`, closeAfterDays: 30 },
    overrideAccess: true,
    context: quiet,
  })
  const createPost = (label: string, extra: Partial<Post> = {}) =>
    payload.create({
      collection: 'posts',
      data: {
        title: `${label} ${tag}`,
        slug: `${label.toLowerCase().replace(/\W+/g, '-')}-${tag}`,
        kind: 'blog',
        excerpt: 'A post readers comment on.',
        publishedAt: new Date().toISOString(),
        _status: 'published',
        ...extra,
      } as Post,
      overrideAccess: true,
      context: quiet,
    })
  const account = async (role: 'editor' | 'contributor') => {
    const user = await payload.create({
      collection: 'users',
      data: {
        name: `Comment ${role}`,
        email: `${role}-comments-${tag}@example.org`,
        password: 'a-long-test-password',
        role,
      },
      overrideAccess: true,
    })
    return { ...user, collection: 'users' as const }
  }
  const post = await createPost('Commented post')
  const pool = poolOf(payload)
  const limiter = (limits: Partial<CommentLimits> = {}) =>
    createCommentRateLimiter(pool, `comment-limits-${tag}-${randomBytes(4).toString('hex')}`, {
      perAddress: 10_000,
      global: 10_000,
      windowSeconds: 3600,
      ...limits,
    })
  const generous = limiter()
  return {
    payload,
    tag,
    moderatorEmail,
    post,
    editor: await account('editor'),
    contributor: await account('contributor'),
    limiter,
    createPost,
    context: (overrides = {}) => ({
      payload,
      env: serverEnv(),
      post: { id: post.id, open: true },
      rules: { maxLinks: 2, blocklist: `casino bonus\nwonderpill${tag}` },
      limiter: generous,
      address: '198.51.100.7',
      ...overrides,
    }),
  }
}

/** A filled-in comment form, shown `tokenAgeMs` ago. */
export function commentForm(fields: Record<string, string | undefined> = {}, tokenAgeMs = 30_000): FormData {
  const defaults = {
    name: 'Robin Reader',
    email: 'robin.reader@example.net',
    body: 'Thank you for this post.\nIt matches what we see in our walking group.',
    guidelines: 'yes',
  }
  return filledForm('comment', defaults, fields, tokenAgeMs)
}

export async function storedComment(payload: Payload, id: number) {
  return payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, disableErrors: true })
}

/** Runs the comments queue once, as the server's schedule or `npm run jobs` would. */
export const runCommentQueue = (payload: Payload) => runQueue(payload, COMMENTS_QUEUE)
