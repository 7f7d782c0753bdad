import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { CONTACT_QUEUE } from '@/lib/contact/queueContactDelivery'
import { createContactRateLimiter, type ContactLimits } from '@/lib/contact/rateLimits'
import type { SubmitContext } from '@/lib/contact/submitContactMessage'
import { serverEnv } from '@/lib/env'
import { findContactRecipients } from '@/lib/queries/contact'

import { filledForm, poolOf, runQueue } from './formFixtures'

const quiet = { disableRevalidate: true }

export interface ContactWorld {
  payload: Payload
  tag: string
  teamEmail: string
  /** A published member who accepts messages, with a private address. */
  member: { id: number; slug: string; key: string; email: string }
  /** A published member who does not accept messages (but has an address on file). */
  silentMember: { id: number; slug: string; key: string; email: string }
  context(overrides?: Partial<SubmitContext>): Promise<SubmitContext>
  /** A limiter with its own counters; two made with the same `secret` share them, like two processes. */
  limiter(limits?: Partial<ContactLimits>, secret?: string): SubmitContext['limiter']
}

async function memberWithContact(payload: Payload, tag: string, given: string, acceptsMessages: boolean) {
  const member = await payload.create({
    collection: 'members',
    data: {
      givenName: given,
      familyName: `Contactable-${tag}`,
      slug: `${given.toLowerCase()}-contactable-${tag}`,
      networkRole: 'member',
      acceptsMessages,
      _status: 'published',
    },
    overrideAccess: true,
    context: quiet,
  })
  const email = `${given.toLowerCase()}-${tag}@members.example.org`
  await payload.create({
    collection: 'member-contacts',
    data: { member: member.id, email },
    overrideAccess: true,
    context: quiet,
  })
  const slug = member.slug as string
  return { id: member.id, slug, key: `member:${slug}`, email }
}

/** Contact settings, two members with private addresses, and a ready submission context. */
export async function createContactWorld(payload: Payload): Promise<ContactWorld> {
  const tag = randomBytes(3).toString('hex')
  const teamEmail = `team-${tag}@osprn.example.org`
  await payload.updateGlobal({
    slug: 'contact-settings',
    data: { teamName: 'Communications team', teamEmail },
    overrideAccess: true,
    context: quiet,
  })
  const member = await memberWithContact(payload, tag, 'Rowan', true)
  const silentMember = await memberWithContact(payload, tag, 'Quinn', false)
  const pool = poolOf(payload)
  // A secret of its own per limiter by default, so counters never leak between tests.
  const limiter = (limits: Partial<ContactLimits> = {}, secret = `limits-${tag}-${randomBytes(4).toString('hex')}`) =>
    createContactRateLimiter(pool, secret, {
      perAddress: 10_000,
      perSenderToRecipient: 10_000,
      perRecipient: 10_000,
      global: 10_000,
      windowSeconds: 3600,
      ...limits,
    })
  const generous = limiter()
  return {
    payload,
    tag,
    teamEmail,
    member,
    silentMember,
    limiter,
    context: async (overrides = {}) => ({
      payload,
      env: serverEnv(),
      recipients: await findContactRecipients(payload),
      acknowledgementsEnabled: true,
      limiter: generous,
      address: '203.0.113.7',
      ...overrides,
    }),
  }
}

/** A filled-in contact form, shown `tokenAgeMs` ago. */
export function contactForm(fields: Record<string, string | undefined> = {}, tokenAgeMs = 30_000): FormData {
  const defaults = {
    recipient: 'team',
    name: 'Ada Visitor',
    email: 'ada.visitor@example.net',
    subject: 'A question about the network',
    message: 'Hello, I would like to know more about your work on social prescribing.',
    privacy: 'yes',
  }
  return filledForm('contact', defaults, fields, tokenAgeMs)
}

/** Runs the contact queue once, as the server's schedule or `npm run jobs` would. */
export const runContactQueue = (payload: Payload) => runQueue(payload, CONTACT_QUEUE)

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function storedMessage(payload: Payload, id: number) {
  return payload.findByID({ collection: 'contact-messages', id, depth: 0, overrideAccess: true })
}

export async function pendingJobs(payload: Payload, messageId: number): Promise<number> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: CONTACT_QUEUE } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  return jobs.docs.filter((job) => (job.input as { messageId?: number } | null)?.messageId === messageId).length
}
