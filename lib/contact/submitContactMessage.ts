import type { Payload } from 'payload'

import type { ServerEnv } from '@/lib/env'
import type { ContactRecipient } from '@/lib/queries/contact'

import { HONEYPOT_FIELD, honeypotFilled } from '@/lib/abuse/honeypot'
import { screenSubmission, TOKEN_FIELD } from '@/lib/abuse/screenSubmission'
import { echoedValues, releasingOnFailure } from '@/lib/abuse/submission'

import type { ContactRateLimiter, LimitVerdict } from './rateLimits'
import { contactErrors, contactSchema, type ContactErrors } from './schema'
import type { HoldReason, SpamReason } from './statuses'

export { HONEYPOT_FIELD, TOKEN_FIELD }

const valueFields = ['recipient', 'name', 'email', 'subject', 'message', 'privacy', 'acknowledge'] as const
export type ContactValues = Record<(typeof valueFields)[number], string>

const MAX_ECHO = 20_000

export type SubmitResult =
  | { outcome: 'accepted'; disposition: 'queued' | 'held' | 'spam' | 'dropped'; messageId?: number }
  | { outcome: 'invalid'; errors: ContactErrors; values: ContactValues }

export interface SubmitContext {
  payload: Payload
  env: Pick<
    ServerEnv,
    'PAYLOAD_SECRET' | 'CONTACT_MIN_FILL_SECONDS' | 'CAPTCHA_PROVIDER' | 'CAPTCHA_SECRET_KEY' | 'CAPTCHA_VERIFY_URL'
  >
  recipients: ContactRecipient[]
  /** Contact settings: whether visitors may ask for an acknowledgement email. */
  acknowledgementsEnabled: boolean
  limiter: ContactRateLimiter
  /** The client address from the trusted proxy chain, or null when it cannot be told. */
  address: string | null
  now?: number
}

export const STALE_FORM_MESSAGE =
  'This form was open for more than a day, so it was not sent. Check your message and send it again.'
export const RATE_LIMITED_MESSAGE = 'Too many messages have been sent from here recently. Wait an hour and try again.'
export const CAPTCHA_MESSAGE = 'Complete the check that you are a person, then send your message again.'

export const formValues = (form: FormData): ContactValues => echoedValues(form, valueFields, MAX_ECHO)

/**
 * The contact form's write path, independent of Next.js: validate, tell people from bots, apply
 * the rate limits and store the message, whose delivery job is queued in the same transaction.
 * A bot is answered exactly like a person whose message was accepted. A message over a
 * recipient's or the form's capacity is stored but held for the team (`held`), never refused.
 */
export async function submitContactMessage(form: FormData, context: SubmitContext): Promise<SubmitResult> {
  const { payload, env, recipients, limiter, address, acknowledgementsEnabled, now = Date.now() } = context
  const values = formValues(form)
  const trapped = honeypotFilled(form)
  const dropped: SubmitResult = { outcome: 'accepted', disposition: 'dropped' }

  const parsed = contactSchema.safeParse(values)
  const recipient = recipients.find((candidate) => candidate.key === values.recipient.trim())
  const errors: ContactErrors = parsed.success ? {} : contactErrors(parsed.error)
  if (!recipient && !errors.recipient) errors.recipient = 'Select who you want to contact from the list'
  if (Object.keys(errors).length > 0 || !parsed.success || !recipient) {
    return trapped ? dropped : { outcome: 'invalid', errors, values }
  }

  const screening = await screenSubmission(form, {
    purpose: 'contact',
    env,
    minAgeMs: env.CONTACT_MIN_FILL_SECONDS * 1000,
    claims: limiter,
    address,
    missingToken: 'spam',
    now,
  })
  if (screening.verdict === 'resend') return { outcome: 'invalid', errors: { form: STALE_FORM_MESSAGE }, values }
  if (screening.verdict === 'captcha') return { outcome: 'invalid', errors: { form: CAPTCHA_MESSAGE }, values }
  const spamReason: SpamReason | null = screening.spam
  const { release } = screening

  const verdict: LimitVerdict = await releasingOnFailure(release, () =>
    limiter.take({ address, recipient: recipient.key, spam: Boolean(spamReason) }),
  )
  if (verdict === 'refused') {
    await release()
    return spamReason ? dropped : { outcome: 'invalid', errors: { form: RATE_LIMITED_MESSAGE }, values }
  }
  const holdReason: HoldReason | null = !spamReason && verdict !== 'ok' ? verdict : null
  const disposition = spamReason ? 'spam' : holdReason ? 'held' : 'queued'

  const input = parsed.data
  const created = await releasingOnFailure(release, () =>
    payload.create({
      collection: 'contact-messages',
      data: {
        status: disposition,
        spamReason: spamReason ?? holdReason,
        recipientKind: recipient.kind,
        member: recipient.memberId ?? null,
        recipientName: recipient.name,
        senderName: input.name,
        senderEmail: input.email,
        subject: input.subject,
        message: input.message,
        acknowledgementRequested: input.acknowledge && acknowledgementsEnabled,
        privacyNoticeAcknowledgedAt: new Date(now).toISOString(),
      },
      depth: 0,
      overrideAccess: true,
    }),
  )
  return { outcome: 'accepted', disposition, messageId: created.id }
}
