import type { Payload } from 'payload'

import { honeypotFilled } from '@/lib/abuse/honeypot'
import { screenSubmission } from '@/lib/abuse/screenSubmission'
import { echoedValues, releasingOnFailure } from '@/lib/abuse/submission'
import type { ServerEnv } from '@/lib/env'

import type { CommentRateLimiter } from './rateLimits'
import { commentErrors, commentSchema, type CommentErrors } from './schema'
import { contentSpamReason } from './spamRules'
import type { CommentSpamReason } from './statuses'

const valueFields = ['name', 'email', 'body', 'guidelines', 'notify'] as const
export type CommentValues = Record<(typeof valueFields)[number], string>

const MAX_ECHO = 10_000

export const RESEND_MESSAGE =
  'Your comment has not been sent yet. Check it and select “Send comment” again: this confirms that a person is sending it.'
export const RATE_LIMITED_MESSAGE = 'Too many comments have been sent from here recently. Wait an hour and try again.'
export const CAPTCHA_MESSAGE = 'Complete the check that you are a person, then send your comment again.'
export const CLOSED_MESSAGE = 'Comments on this post are closed, so your comment was not sent.'

export type CommentResult =
  | { outcome: 'accepted'; disposition: 'pending' | 'spam' | 'dropped'; commentId?: number }
  | { outcome: 'invalid'; errors: CommentErrors; values: CommentValues; resend?: true }

export interface CommentContext {
  payload: Payload
  env: Pick<
    ServerEnv,
    'PAYLOAD_SECRET' | 'CONTACT_MIN_FILL_SECONDS' | 'CAPTCHA_PROVIDER' | 'CAPTCHA_SECRET_KEY' | 'CAPTCHA_VERIFY_URL'
  >
  /** The published post, or null when there is none with the id sent. */
  post: { id: number; open: boolean } | null
  /** The team's rules: links allowed and blocked words (Comment settings). */
  rules: { maxLinks: number; blocklist?: string | null }
  limiter: CommentRateLimiter
  address: string | null
  now?: number
}

export const commentValues = (form: FormData): CommentValues => echoedValues(form, valueFields, MAX_ECHO)

/**
 * The comment form's write path, independent of Next.js: validate, tell people from bots with the
 * defences the contact form uses too, apply the rate limits and the team's spam rules, and store
 * the comment, held for moderation. Nothing is ever published from here. Bots are answered
 * exactly like people.
 */
export async function submitComment(form: FormData, context: CommentContext): Promise<CommentResult> {
  const { payload, env, post, rules, limiter, address, now = Date.now() } = context
  const values = commentValues(form)
  const trapped = honeypotFilled(form)
  const dropped: CommentResult = { outcome: 'accepted', disposition: 'dropped' }

  const parsed = commentSchema.safeParse(values)
  if (!parsed.success) return trapped ? dropped : { outcome: 'invalid', errors: commentErrors(parsed.error), values }
  if (!post || !post.open) return trapped ? dropped : { outcome: 'invalid', errors: { form: CLOSED_MESSAGE }, values }

  const screening = await screenSubmission(form, {
    purpose: 'comment',
    env,
    minAgeMs: env.CONTACT_MIN_FILL_SECONDS * 1000,
    claims: limiter,
    address,
    missingToken: 'resend',
    now,
  })
  if (screening.verdict === 'resend')
    return { outcome: 'invalid', errors: { form: RESEND_MESSAGE }, values, resend: true }
  if (screening.verdict === 'captcha') return { outcome: 'invalid', errors: { form: CAPTCHA_MESSAGE }, values }
  const { release } = screening
  const input = parsed.data
  let spamReason: CommentSpamReason | null = screening.spam ?? contentSpamReason(input, rules)

  const verdict = await releasingOnFailure(release, () => limiter.take({ address, spam: Boolean(spamReason) }))
  if (verdict === 'refused') {
    await release()
    return screening.spam ? dropped : { outcome: 'invalid', errors: { form: RATE_LIMITED_MESSAGE }, values }
  }
  if (verdict === 'site-busy') spamReason = 'site-busy'

  const status = spamReason ? 'spam' : 'pending'
  const created = await releasingOnFailure(release, () =>
    payload.create({
      collection: 'comments',
      data: {
        post: post.id,
        status,
        spamReason,
        authorName: input.name,
        authorEmail: input.email,
        body: input.body,
        notifyCommenter: input.notify,
        guidelinesAgreedAt: new Date(now).toISOString(),
      },
      depth: 0,
      overrideAccess: true,
    }),
  )
  return { outcome: 'accepted', disposition: status, commentId: created.id }
}
