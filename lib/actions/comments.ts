'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { clientAddress } from '@/lib/abuse/clientAddress'
import { issueCommentToken } from '@/lib/abuse/formToken'
import { TOKEN_FIELD } from '@/lib/abuse/screenSubmission'
import { findCommentRules } from '@/lib/comments/commentRules'
import { commentPaths, ENHANCED_FIELD, POST_FIELD } from '@/lib/comments/fields'
import { commentRateLimiter } from '@/lib/comments/commentRuntime'
import { commentsOpen } from '@/lib/comments/openness'
import type { CommentErrors } from '@/lib/comments/schema'
import { commentValues, submitComment, type CommentValues } from '@/lib/comments/submitComment'
import { serverEnv } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { publicPath } from '@/lib/paths'
import { findCommentablePost, getCommentSettings } from '@/lib/queries/comments'

export interface CommentFormState {
  /** With JavaScript, the comment was received: the form shows the confirmation in place. */
  sent?: true
  errors?: CommentErrors
  values?: CommentValues
  /** The token to send next: the one sent (a refused comment never uses it up) or a fresh one. */
  token?: string
}

/** A call whose arguments are not the form's (a forged request): nothing is read or stored. */
const UNREADABLE_MESSAGE = 'Your comment could not be read. Reload the page and send it again.'

const UNAVAILABLE_MESSAGE =
  'Your comment could not be sent because of a problem on our side. Try again in a few minutes.'

/**
 * The comment form's server action. Under a post (a cached page) the form has no token of its
 * own: with JavaScript it fetched a fresh one first and stays in place; without, it posts to the
 * post's comment page, where a first submission comes back with the commenter's text and a fresh
 * token, asking them to send it again. The comment page itself renders the form with a token.
 * Success without JavaScript ends on the post's confirmation page.
 */
export async function postComment(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  if (!(form instanceof FormData)) return { errors: { form: UNREADABLE_MESSAGE } }
  const env = serverEnv()
  const payload = await getPayloadClient()
  const submittedToken = form.get(TOKEN_FIELD)
  const postId = Number(form.get(POST_FIELD))
  let result
  let postPath: string | null = null
  try {
    const [post, settings, rules, requestHeaders] = await Promise.all([
      Number.isSafeInteger(postId) && postId > 0 ? findCommentablePost(payload, postId) : null,
      getCommentSettings(),
      findCommentRules(payload),
      headers(),
    ])
    postPath = post ? publicPath('posts', post) : null
    result = await submitComment(form, {
      payload,
      env,
      post: post ? { id: post.id, open: commentsOpen(post, settings.closeAfterDays ?? 0) } : null,
      rules,
      limiter: commentRateLimiter(payload),
      address: clientAddress(requestHeaders, env.TRUSTED_PROXY_HOPS),
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Comment submission failed' })
    return {
      errors: { form: UNAVAILABLE_MESSAGE },
      values: commentValues(form),
      token: typeof submittedToken === 'string' && submittedToken ? submittedToken : undefined,
    }
  }
  if (result.outcome === 'invalid') {
    const fresh = result.resend || typeof submittedToken !== 'string' || !submittedToken
    return {
      errors: result.errors,
      values: result.values,
      token: fresh ? issueCommentToken(env.PAYLOAD_SECRET ?? '') : submittedToken,
    }
  }
  // Held for moderation, kept as spam or dropped: the commenter (or bot) is told the same.
  if (form.get(ENHANCED_FIELD) === 'yes') return { sent: true }
  redirect(postPath ? commentPaths(postPath).sent : '/news-and-views')
}
