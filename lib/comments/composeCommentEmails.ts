import { createHash } from 'node:crypto'

import type { OutgoingEmail } from '@/lib/email/outgoingEmail'
import { formatDate } from '@/lib/format/dates'

export interface WaitingComment {
  id: number
  authorName: string
  body: string
  createdAt: string
  postTitle: string
}

interface Site {
  siteName: string
  siteUrl: string
}

/**
 * A Message-ID derived from what the mail is about: should a worker die between the mail server's
 * acceptance and recording it, the one possible resend is recognisable as a duplicate.
 */
export function commentMessageId(siteUrl: string, part: string): string {
  const host = new URL(siteUrl).hostname
  const digest = createHash('sha256').update(`${siteUrl}:${part}`).digest('hex').slice(0, 16)
  return `<comment-${part.replace(/[^a-z0-9-]/gi, '-').slice(0, 40)}.${digest}@${host}>`
}

const excerpt = (text: string, length = 200) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)

/** One email for every comment that arrived since the last: the moderators' digest. */
export function composeModeratorDigest(to: string, comments: WaitingComment[], site: Site): OutgoingEmail {
  const count = comments.length
  const queue = `${site.siteUrl}/admin/collections/comments?where[status][equals]=pending`
  const lines = [
    `${count === 1 ? 'A comment waits' : `${count} comments wait`} for moderation on the ${site.siteName} website.`,
    '',
    ...comments.flatMap((comment) => [
      `On “${comment.postTitle}”, from ${comment.authorName} (${formatDate(comment.createdAt)}):`,
      excerpt(comment.body.replace(/\s+/g, ' ')),
      `${site.siteUrl}/admin/collections/comments/${comment.id}`,
      '',
    ]),
    `All comments waiting: ${queue}`,
    '',
    `${site.siteName} · ${site.siteUrl}`,
  ]
  const ids = comments.map((comment) => comment.id).sort((a, b) => a - b)
  return {
    to,
    subject: count === 1 ? 'A comment waits for moderation' : `${count} comments wait for moderation`,
    text: lines.join('\n'),
    headers: { 'Message-ID': commentMessageId(site.siteUrl, `digest-${ids.join('-')}`) },
  }
}

export interface NoticeComment {
  id: number
  authorName: string
  authorEmail: string
  reply?: string | null
  postTitle: string
  postUrl: string
}

/** The commenter's notice that their comment now appears. Never repeats their text. */
export function composeApprovalNotice(comment: NoticeComment, site: Site): OutgoingEmail {
  return {
    to: comment.authorEmail,
    subject: `Your comment on “${comment.postTitle}” is published`,
    text: [
      `Dear ${comment.authorName},`,
      '',
      `Thank you for your comment on “${comment.postTitle}”. It has been read and now appears under the post:`,
      `${comment.postUrl}#comment-${comment.id}`,
      '',
      'You receive this email because you asked to be told when your comment was approved or answered.',
      '',
      `${site.siteName} · ${site.siteUrl}`,
    ].join('\n'),
    headers: { 'Message-ID': commentMessageId(site.siteUrl, `approved-${comment.id}`) },
  }
}

/** The commenter's notice that the network replied (the reply is public on the page too). */
export function composeReplyNotice(comment: NoticeComment, site: Site): OutgoingEmail {
  return {
    to: comment.authorEmail,
    subject: `The network replied to your comment on “${comment.postTitle}”`,
    text: [
      `Dear ${comment.authorName},`,
      '',
      `The ${site.siteName} replied to your comment on “${comment.postTitle}”:`,
      '',
      comment.reply ?? '',
      '',
      `Read it on the site: ${comment.postUrl}#comment-${comment.id}`,
      '',
      'You receive this email because you asked to be told when your comment was approved or answered.',
      '',
      `${site.siteName} · ${site.siteUrl}`,
    ].join('\n'),
    headers: { 'Message-ID': commentMessageId(site.siteUrl, `reply-${comment.id}`) },
  }
}
