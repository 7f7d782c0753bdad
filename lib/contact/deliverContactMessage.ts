import type { Payload, TaskConfig } from 'payload'

import { databasePool } from '@/lib/db/pool'
import { serverEnv } from '@/lib/env'
import type { ContactMessage } from '@/payload-types'

import { composeAcknowledgementEmail, composeMessageEmail, type OutgoingEmail } from './composeEmails'
import { DELIVER_TASK } from './queueContactDelivery'

/** A claim older than this belongs to a worker that died: SMTP attempts time out long before. */
const LEASE = '10 minutes'

export class ContactDeliveryError extends Error {
  constructor(
    message: string,
    readonly messageId: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'ContactDeliveryError'
  }
}

/**
 * Mail servers quote addresses in their errors ("550 <someone@example.org>: unknown user"). The
 * error is shown in the inbox, which editors read, and a member's address is for administrators
 * only: addresses are replaced before it is stored or logged.
 */
export const redactAddresses = (text: string) => text.replace(/[^\s<>()"',;:@]+@[^\s<>()"',;:@]+/g, '[address]')

/**
 * Takes the message for this worker. One UPDATE decides between concurrent workers and retries:
 * only a queued message (or one whose claim has lapsed) is taken, so it is sent at most once.
 */
async function claimMessage(payload: Payload, id: number): Promise<boolean> {
  const result = await databasePool(payload).query(
    `update contact_messages
        set status = 'sending', attempts = coalesce(attempts, 0) + 1, last_attempt_at = now(), updated_at = now()
      where id = $1 and (status = 'queued' or (status = 'sending' and last_attempt_at < now() - $2::interval))`,
    [id, LEASE],
  )
  return result.rowCount === 1
}

async function claimAcknowledgement(payload: Payload, id: number): Promise<boolean> {
  const result = await databasePool(payload).query(
    `update contact_messages set acknowledgement_sent_at = now()
      where id = $1 and status = 'sent' and acknowledgement_requested and acknowledgement_sent_at is null`,
    [id],
  )
  return result.rowCount === 1
}

async function record(payload: Payload, id: number, data: Partial<ContactMessage>): Promise<void> {
  await payload.update({ collection: 'contact-messages', id, data, overrideAccess: true, depth: 0 })
}

async function send(payload: Payload, email: OutgoingEmail): Promise<void> {
  await payload.sendEmail(email)
}

/** The address the message goes to, and the member's name when it has to go to the team instead. */
async function destination(payload: Payload, message: ContactMessage): Promise<{ to: string; onBehalfOf?: string }> {
  const settings = await payload.findGlobal({ slug: 'contact-settings', depth: 0, overrideAccess: true })
  const memberId = typeof message.member === 'object' ? message.member?.id : message.member
  if (message.recipientKind === 'member' && memberId) {
    const contacts = await payload.find({
      collection: 'member-contacts',
      where: { member: { equals: memberId } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const address = contacts.docs[0]?.email
    if (address) return { to: address }
  }
  // Before the team has saved Contact settings, the public address in Site settings receives team mail.
  const team =
    settings.teamEmail ||
    (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })).contactEmail
  if (!team) {
    throw new ContactDeliveryError('No delivery address: set the team address in Contact settings.', message.id)
  }
  return message.recipientKind === 'member' ? { to: team, onBehalfOf: message.recipientName } : { to: team }
}

async function sendAcknowledgement(payload: Payload, message: ContactMessage, siteName: string): Promise<void> {
  if (!(await claimAcknowledgement(payload, message.id))) return
  const latest = await payload.findByID({
    collection: 'contact-messages',
    id: message.id,
    depth: 0,
    overrideAccess: true,
  })
  try {
    await send(payload, composeAcknowledgementEmail(latest, { siteName, siteUrl: serverEnv().SITE_URL }))
  } catch (error) {
    // A courtesy only, and to an address nobody has verified: recorded, never tried again (the
    // claim stays, so no later job sends it).
    await record(payload, message.id, {
      lastError: `Acknowledgement not sent: ${redactAddresses(error instanceof Error ? error.message : String(error))}`,
    })
    payload.logger.warn(`Contact message ${message.id}: acknowledgement not sent`)
  }
}

/**
 * Delivers one stored contact message by email, then the visitor's acknowledgement if asked for.
 * A failure puts the message back in the queue and throws, so the jobs queue tries again with
 * exponential backoff; after the last attempt the message is marked failed for the team to retry.
 */
export async function deliverContactMessage(payload: Payload, messageId: number, finalAttempt: boolean) {
  try {
    return await attemptDelivery(payload, messageId, finalAttempt)
  } catch (error) {
    // Whatever failed on the last attempt (the database, the settings), a message still waiting
    // must show as failed, so the team sees it and can send it again.
    if (finalAttempt) {
      await databasePool(payload)
        .query(
          `update contact_messages set status = 'failed', updated_at = now() where id = $1 and status = 'queued'`,
          [messageId],
        )
        .catch((markError: unknown) =>
          payload.logger.error({ err: markError, msg: `Contact message ${messageId}: not marked failed` }),
        )
    }
    throw error
  }
}

async function attemptDelivery(payload: Payload, messageId: number, finalAttempt: boolean) {
  const message = await payload.findByID({
    collection: 'contact-messages',
    id: messageId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  // Deleted (retention, or by the team) before its turn came: nothing left to send.
  if (!message) return { outcome: 'gone' as const }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })

  if (message.status === 'sent') {
    await sendAcknowledgement(payload, message, settings.siteName)
    return { outcome: 'already-sent' as const }
  }
  if (!(await claimMessage(payload, messageId))) return { outcome: 'not-claimed' as const }

  try {
    const { to, onBehalfOf } = await destination(payload, message)
    await send(
      payload,
      composeMessageEmail(message, to, { siteName: settings.siteName, siteUrl: serverEnv().SITE_URL, onBehalfOf }),
    )
  } catch (error) {
    const reason = redactAddresses(error instanceof Error ? error.message : String(error))
    await record(payload, messageId, { status: finalAttempt ? 'failed' : 'queued', lastError: reason.slice(0, 2000) })
    // No `cause`: nodemailer's error lists the envelope's addresses, and the jobs queue logs and stores it.
    throw new ContactDeliveryError(`Contact message ${messageId} not delivered: ${reason}`, messageId)
  }
  await record(payload, messageId, { status: 'sent', sentAt: new Date().toISOString(), lastError: null })
  await sendAcknowledgement(payload, message, settings.siteName)
  return { outcome: 'sent' as const }
}

/** The jobs-queue task. Attempts and the first delay come from CONTACT_DELIVERY_ATTEMPTS and CONTACT_RETRY_DELAY_SECONDS. */
export function deliverContactMessageTask(): TaskConfig<typeof DELIVER_TASK> {
  const env = serverEnv()
  const retries = env.CONTACT_DELIVERY_ATTEMPTS - 1
  return {
    slug: DELIVER_TASK,
    label: 'Deliver a contact message',
    inputSchema: [{ name: 'messageId', type: 'number', required: true }],
    outputSchema: [{ name: 'outcome', type: 'text', required: true }],
    retries: { attempts: retries, backoff: { type: 'exponential', delay: env.CONTACT_RETRY_DELAY_SECONDS * 1000 } },
    handler: async ({ input, job, req }) => {
      const output = await deliverContactMessage(req.payload, input.messageId, (job.totalTried ?? 0) >= retries)
      return { output }
    },
  }
}
