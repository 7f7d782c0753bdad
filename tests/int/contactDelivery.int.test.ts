import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { retryDelivery } from '@/collections/ContactMessages/endpoints/retryDelivery'
import { contactMessageId } from '@/lib/contact/composeEmails'
import { deliverContactMessage } from '@/lib/contact/deliverContactMessage'
import { queueContactDelivery } from '@/lib/contact/queueContactDelivery'
import { requeueStalledContactMessages } from '@/lib/contact/requeueStalled'
import { submitContactMessage, type SubmitResult } from '@/lib/contact/submitContactMessage'
import { serverEnv } from '@/lib/env'
import { findContactRecipients } from '@/lib/queries/contact'

import {
  contactForm,
  createContactWorld,
  pendingJobs,
  runContactQueue,
  sleep,
  storedMessage,
  type ContactWorld,
} from '../helpers/contactFixtures'
import { getTestPayload } from '../helpers/payload'
import { SmtpSink } from '../helpers/smtpSink'

let payload: Payload
let world: ContactWorld
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createContactWorld(payload)
  await smtp.start()
})

afterAll(async () => {
  await smtp.stop()
})

function accepted(result: SubmitResult): number {
  expect(result).toMatchObject({ outcome: 'accepted', disposition: 'queued' })
  if (result.outcome !== 'accepted' || !result.messageId) throw new Error('not accepted')
  return result.messageId
}

const unique = (label: string) => `${label} ${world.tag} ${Math.random().toString(36).slice(2, 8)}`

describe('a message to a member', () => {
  it('is stored, then arrives by SMTP at the private address with the visitor as Reply-To', async () => {
    const subject = unique('Link workers')
    const result = await submitContactMessage(
      contactForm({ recipient: world.member.key, subject, name: 'Ada Visitor', email: 'ada.visitor@example.net' }),
      await world.context(),
    )
    const id = accepted(result)
    // Stored first, with its delivery job; nothing is sent until the queue runs.
    expect((await storedMessage(payload, id)).status).toBe('queued')
    expect(await pendingJobs(payload, id)).toBe(1)
    expect(smtp.matching(subject)).toHaveLength(0)

    await runContactQueue(payload)

    const [mail, ...others] = smtp.matching(subject)
    expect(others).toHaveLength(0)
    expect(mail?.envelope.to).toEqual([world.member.email])
    expect(mail?.parsed.from).toMatchObject({ address: 'no-reply@osprn.example.org' })
    expect(mail?.parsed.replyTo).toEqual([{ name: 'Ada Visitor', address: 'ada.visitor@example.net' }])
    expect(mail?.parsed.subject).toBe(`Website message: ${subject}`)
    expect(mail?.parsed.messageId).toBe(contactMessageId(id, serverEnv().SITE_URL, 'message'))
    expect(mail?.parsed.text).toContain('Hello, I would like to know more about your work on social prescribing.')
    expect(mail?.parsed.text).toContain('Ada Visitor <ada.visitor@example.net>')

    const stored = await storedMessage(payload, id)
    expect(stored).toMatchObject({
      status: 'sent',
      attempts: 1,
      lastError: null,
      recipientName: `Rowan Contactable-${world.tag}`,
    })
    expect(stored.sentAt).toBeTruthy()
    expect(await pendingJobs(payload, id)).toBe(0)
  })

  it('never puts the member’s address in what the visitor or the page receives', async () => {
    const result = await submitContactMessage(
      contactForm({ recipient: world.member.key, subject: unique('Address check') }),
      await world.context(),
    )
    const recipients = await findContactRecipients(payload)
    const visible = JSON.stringify({ result, recipients })
    expect(visible).not.toContain(world.member.email)
    expect(visible).not.toContain(world.teamEmail)
    expect(visible).toContain(world.member.key)
  })

  it('goes to the team, saying so, when the member has no address on file', async () => {
    await payload.delete({
      collection: 'member-contacts',
      where: { member: { equals: world.member.id } },
      overrideAccess: true,
    })
    const subject = unique('No address')
    accepted(await submitContactMessage(contactForm({ recipient: world.member.key, subject }), await world.context()))
    await runContactQueue(payload)
    const [mail] = smtp.matching(subject)
    expect(mail?.envelope.to).toEqual([world.teamEmail])
    expect(mail?.parsed.text).toContain('who has no contact address on file')
    await payload.create({
      collection: 'member-contacts',
      data: { member: world.member.id, email: world.member.email },
      overrideAccess: true,
    })
  })

  it('sends the acknowledgement the visitor asked for, without repeating their text', async () => {
    const subject = unique('Please acknowledge')
    const id = accepted(
      await submitContactMessage(
        contactForm({
          subject,
          email: 'ack.visitor@example.net',
          acknowledge: 'yes',
          message: `Body text ${world.tag} that stays private.`,
        }),
        await world.context(),
      ),
    )
    await runContactQueue(payload)
    const acknowledgements = smtp.received.filter((mail) => mail.envelope.to.includes('ack.visitor@example.net'))
    expect(acknowledgements).toHaveLength(1)
    const [ack] = acknowledgements
    expect(ack?.parsed.headers.find((header) => header.key === 'auto-submitted')?.value).toBe('auto-replied')
    expect(ack?.parsed.text).toContain('Communications team')
    expect(ack?.raw).not.toContain(subject)
    expect(ack?.raw).not.toContain(`Body text ${world.tag}`)
    expect((await storedMessage(payload, id)).acknowledgementSentAt).toBeTruthy()
  })
})

describe('a mail server that is down for a while', () => {
  it('keeps messages queued with growing attempts, then delivers each exactly once', async () => {
    await smtp.stop()
    const subjects = [unique('Outage one'), unique('Outage two'), unique('Outage three')]
    const ids: number[] = []
    for (const subject of subjects) {
      ids.push(accepted(await submitContactMessage(contactForm({ subject }), await world.context())))
    }

    await runContactQueue(payload)
    for (const id of ids) {
      const stored = await storedMessage(payload, id)
      expect(stored).toMatchObject({ status: 'queued', attempts: 1 })
      expect(stored.lastError).toMatch(/ECONNREFUSED|connect/i)
    }
    // Exponential backoff: the retry waits 0.2 s, the next one 0.4 s.
    await sleep(300)
    await runContactQueue(payload)
    for (const id of ids) expect(await storedMessage(payload, id)).toMatchObject({ status: 'queued', attempts: 2 })
    // The backoff holds each job back for 0.4 s after its second attempt, so nothing is tried early
    // (read from the queue rather than timed, which a loaded machine would make flaky).
    const waits = await (payload.db as unknown as { pool: import('pg').Pool }).pool.query<{ wait: number }>(
      `select extract(epoch from j.wait_until - m.last_attempt_at)::float as wait
         from payload_jobs j join contact_messages m on m.id = (j.input ->> 'messageId')::int
        where j.completed_at is null and m.id = any($1::int[])`,
      [ids],
    )
    expect(waits.rows).toHaveLength(ids.length)
    for (const { wait } of waits.rows) expect(wait).toBeGreaterThanOrEqual(0.4)

    await smtp.start()
    for (let round = 0; round < 20; round++) {
      await sleep(250)
      await runContactQueue(payload)
      const statuses = await Promise.all(ids.map(async (id) => (await storedMessage(payload, id)).status))
      if (statuses.every((status) => status === 'sent')) break
    }
    for (const [index, id] of ids.entries()) {
      expect(await storedMessage(payload, id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null })
      expect(smtp.matching(subjects[index] as string)).toHaveLength(1)
    }
    // More runs change nothing: each message stays delivered once.
    await runContactQueue(payload)
    for (const subject of subjects) expect(smtp.matching(subject)).toHaveLength(1)
  })

  it('marks a message failed after its last attempt, and the team can send it again from the admin', async () => {
    await smtp.stop()
    const subject = unique('Last attempt')
    const id = accepted(await submitContactMessage(contactForm({ subject }), await world.context()))
    await expect(deliverContactMessage(payload, id, true)).rejects.toThrow(/not delivered/)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'failed', attempts: 1 })
    await smtp.start()

    const asUser = async (role: 'editor' | 'contributor', routeId = String(id)) => {
      const user = await payload.create({
        collection: 'users',
        data: {
          email: `${role}-${world.tag}-${Date.now()}@example.org`,
          password: 'a-long-test-password',
          name: role,
          role,
        },
        overrideAccess: true,
      })
      const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
      req.routeParams = { id: routeId }
      return retryDelivery.handler(req)
    }
    expect((await asUser('contributor')).status).toBe(403)
    expect((await storedMessage(payload, id)).status).toBe('failed')
    // An id no message can have is an unknown message, not a failure (PostgreSQL refuses the
    // integer out of range).
    for (const other of ['99999999999999999999', '2147483648', 'abc', '0', '1e3', `${id}.0`]) {
      expect((await asUser('editor', other)).status, other).toBe(404)
    }
    expect((await storedMessage(payload, id)).status).toBe('failed')

    const response = await asUser('editor')
    expect(response.status).toBe(200)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'queued' })
    await runContactQueue(payload)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'sent', attempts: 2 })
    expect(smtp.matching(subject)).toHaveLength(1)
    // A sent message cannot be sent again by mistake.
    expect((await asUser('editor')).status).toBe(409)
  })
})

describe('delivery errors', () => {
  it('are recorded for the team without the addresses the mail server quoted', async () => {
    smtp.refused.add(world.member.email)
    try {
      const subject = unique('Refused mailbox')
      const id = accepted(
        await submitContactMessage(contactForm({ recipient: world.member.key, subject }), await world.context()),
      )
      await expect(deliverContactMessage(payload, id, false)).rejects.toThrow(/not delivered/)
      const stored = await storedMessage(payload, id)
      expect(stored).toMatchObject({ status: 'queued', attempts: 1 })
      expect(stored.lastError).toMatch(/Recipient address rejected/)
      expect(stored.lastError).toContain('[address]')
      expect(stored.lastError).not.toContain(world.member.email)
    } finally {
      smtp.refused.clear()
    }
  })
})

describe('stalled deliveries', () => {
  const pool = () => (payload.db as unknown as { pool: import('pg').Pool }).pool

  it('are put back in the queue and sent once: a lapsed claim, an orphan, a job a dead worker held', async () => {
    const [lapsed, orphan, held] = await Promise.all(
      ['Lapsed claim', 'Orphaned message', 'Held job'].map(async (label) => {
        const subject = unique(label)
        const id = accepted(await submitContactMessage(contactForm({ subject }), await world.context()))
        return { id, subject }
      }),
    )
    if (!lapsed || !orphan || !held) throw new Error('fixtures')
    // A worker claimed this one and died after the mail server accepted nothing; its job completed.
    await pool().query(`update payload_jobs set completed_at = now() where (input ->> 'messageId')::int = $1`, [
      lapsed.id,
    ])
    await pool().query(
      `update contact_messages set status = 'sending', last_attempt_at = now() - interval '11 minutes' where id = $1`,
      [lapsed.id],
    )
    // This one lost its job altogether.
    await pool().query(`delete from payload_jobs where (input ->> 'messageId')::int = $1`, [orphan.id])
    // This one's job is marked as running by a worker that is gone.
    await pool().query(
      `update payload_jobs set processing = true, updated_at = now() - interval '31 minutes' where (input ->> 'messageId')::int = $1`,
      [held.id],
    )
    await pool().query(`update contact_messages set updated_at = now() - interval '11 minutes' where id = any($1)`, [
      [lapsed.id, orphan.id, held.id],
    ])
    await runContactQueue(payload)
    for (const { subject } of [lapsed, orphan, held]) expect(smtp.matching(subject)).toHaveLength(0)

    const result = await requeueStalledContactMessages(payload)
    expect(result.released).toBeGreaterThanOrEqual(1)
    expect(result.requeued).toBeGreaterThanOrEqual(2)
    await runContactQueue(payload)
    for (const { id, subject } of [lapsed, orphan, held]) {
      expect(smtp.matching(subject)).toHaveLength(1)
      expect((await storedMessage(payload, id)).status).toBe('sent')
    }
    // Nothing left to requeue, nothing sent twice.
    await requeueStalledContactMessages(payload)
    await runContactQueue(payload)
    for (const { subject } of [lapsed, orphan, held]) expect(smtp.matching(subject)).toHaveLength(1)
  })
})

describe('idempotent sending', () => {
  it('sends once when several workers and a duplicate job race for the same message', async () => {
    const subject = unique('Raced')
    const id = accepted(await submitContactMessage(contactForm({ subject }), await world.context()))
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => deliverContactMessage(payload, id, false)))
    expect(outcomes.filter(({ outcome }) => outcome === 'sent')).toHaveLength(1)
    // The original job and a second one queued by mistake both run later: neither sends again.
    await queueContactDelivery(await createLocalReq({}, payload), id)
    await runContactQueue(payload)
    expect(smtp.matching(subject)).toHaveLength(1)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('takes over a claim left by a worker that died mid-send, but not a fresh one', async () => {
    const subject = unique('Orphaned')
    const id = accepted(await submitContactMessage(contactForm({ subject }), await world.context()))
    const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
    await pool.query(`update contact_messages set status = 'sending', last_attempt_at = now() where id = $1`, [id])
    expect((await deliverContactMessage(payload, id, false)).outcome).toBe('not-claimed')
    expect(smtp.matching(subject)).toHaveLength(0)
    await pool.query(`update contact_messages set last_attempt_at = now() - interval '11 minutes' where id = $1`, [id])
    expect((await deliverContactMessage(payload, id, false)).outcome).toBe('sent')
    expect(smtp.matching(subject)).toHaveLength(1)
  })
})
