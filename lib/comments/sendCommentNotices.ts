import type { Payload, TaskConfig } from 'payload'

import { databasePool } from '@/lib/db/pool'
import type { OutgoingEmail } from '@/lib/email/outgoingEmail'
import { serverEnv } from '@/lib/env'
import { publicPath } from '@/lib/paths'
import type { Comment, Post } from '@/payload-types'

import {
  composeApprovalNotice,
  composeModeratorDigest,
  composeReplyNotice,
  type NoticeComment,
} from './composeCommentEmails'
import { COMMENTS_QUEUE, NOTICES_TASK } from './queueCommentNotices'

/** One sender at a time across every process, so no two runs send the same notice. */
const LOCK_KEY = 72_011_414

export class CommentNoticeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CommentNoticeError'
  }
}

export interface NoticeReport {
  skipped?: true
  digest: number
  approvals: number
  replies: number
  failed: number
}

const postOf = (comment: Comment): Pick<Post, 'title' | 'slug' | 'kind'> | null =>
  typeof comment.post === 'object' ? comment.post : null

async function moderatorAddress(payload: Payload): Promise<string | null> {
  const comments = await payload.findGlobal({ slug: 'comment-settings', depth: 0, overrideAccess: true })
  if (comments.moderatorEmail) return comments.moderatorEmail
  const contact = await payload.findGlobal({ slug: 'contact-settings', depth: 0, overrideAccess: true })
  if (contact.teamEmail) return contact.teamEmail
  return (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })).contactEmail ?? null
}

const find = (payload: Payload, where: Parameters<Payload['find']>[0]['where']) =>
  payload
    .find({
      collection: 'comments',
      where,
      depth: 1,
      limit: 500,
      sort: 'createdAt',
      populate: { posts: { title: true, slug: true, kind: true } },
      overrideAccess: true,
    })
    .then((result) => result.docs)

/**
 * Sends what is due, each exactly once: one email to the moderators listing every comment that
 * waits and was not listed before, and each notice a commenter asked for (approved, answered).
 * A notice is marked sent right after the mail server accepted it; one that fails stays due and
 * goes with the next run, so nothing is lost. Runs hold a PostgreSQL advisory lock, so two
 * workers never send the same notice.
 */
export async function sendCommentNotices(payload: Payload): Promise<NoticeReport> {
  const pool = databasePool(payload)
  const client = await pool.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [LOCK_KEY])
    if (!rows[0]?.locked) return { skipped: true, digest: 0, approvals: 0, replies: 0, failed: 0 }
    try {
      return await sendDue(payload)
    } finally {
      await client.query('select pg_advisory_unlock($1)', [LOCK_KEY])
    }
  } finally {
    client.release()
  }
}

async function sendDue(payload: Payload): Promise<NoticeReport> {
  const siteUrl = serverEnv().SITE_URL
  const { siteName } = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const site = { siteName, siteUrl }
  const pool = databasePool(payload)
  const report: NoticeReport = { digest: 0, approvals: 0, replies: 0, failed: 0 }
  const errors: unknown[] = []
  const attempt = async (email: OutgoingEmail, mark: string, id: number | number[]) => {
    try {
      await payload.sendEmail(email)
    } catch (error) {
      report.failed += 1
      errors.push(error)
      return false
    }
    await pool.query(`update comments set ${mark} = now() where id = any($1::int[])`, [[id].flat()])
    return true
  }

  const waiting = await find(payload, {
    and: [{ status: { equals: 'pending' } }, { moderatorsNotifiedAt: { exists: false } }],
  })
  if (waiting.length > 0) {
    const to = await moderatorAddress(payload)
    if (!to) {
      errors.push(new CommentNoticeError('No moderators’ address: set one in Comment settings.'))
      report.failed += 1
    } else {
      const listed = waiting.map((comment) => ({
        id: comment.id,
        authorName: comment.authorName,
        body: comment.body,
        createdAt: comment.createdAt,
        postTitle: postOf(comment)?.title ?? 'a post',
      }))
      const ids = listed.map((comment) => comment.id)
      if (await attempt(composeModeratorDigest(to, listed, site), 'moderators_notified_at', ids)) {
        report.digest = ids.length
      }
    }
  }

  const notice = (comment: Comment): NoticeComment => {
    const post = postOf(comment)
    return {
      id: comment.id,
      authorName: comment.authorName,
      authorEmail: comment.authorEmail,
      reply: comment.reply,
      postTitle: post?.title ?? 'a post',
      postUrl: `${siteUrl}${(post && publicPath('posts', post)) || '/news-and-views'}`,
    }
  }
  const approved = { status: { equals: 'approved' } }
  const wanted = { notifyCommenter: { equals: true } }
  for (const comment of await find(payload, {
    and: [approved, wanted, { approvalNoticeSentAt: { exists: false } }],
  })) {
    if (await attempt(composeApprovalNotice(notice(comment), site), 'approval_notice_sent_at', comment.id)) {
      report.approvals += 1
    }
  }
  for (const comment of await find(payload, {
    and: [approved, wanted, { reply: { exists: true } }, { replyNoticeSentAt: { exists: false } }],
  })) {
    if (!comment.reply) continue
    if (await attempt(composeReplyNotice(notice(comment), site), 'reply_notice_sent_at', comment.id)) {
      report.replies += 1
    }
  }
  if (errors.length > 0) {
    // What was sent is recorded; the rest stays due. Failing the job makes the queue try again.
    throw new CommentNoticeError(`${errors.length} comment notice(s) not sent; they stay due`, { cause: errors[0] })
  }
  return report
}

/** Every ten minutes, and soon after a moderator's action makes a notice due. */
export const sendCommentNoticesTask: TaskConfig<typeof NOTICES_TASK> = {
  slug: NOTICES_TASK,
  label: 'Email moderators about waiting comments, and commenters about theirs',
  outputSchema: [
    { name: 'digest', type: 'number', required: true },
    { name: 'approvals', type: 'number', required: true },
    { name: 'replies', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 */10 * * * *', queue: COMMENTS_QUEUE }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    const { digest, approvals, replies } = await sendCommentNotices(req.payload)
    return { output: { digest, approvals, replies } }
  },
}
