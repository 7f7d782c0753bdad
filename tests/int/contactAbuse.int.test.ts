import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { retryDelivery } from '@/collections/ContactMessages/endpoints/retryDelivery'
import { verifyCaptcha } from '@/lib/abuse/captcha'
import { deliverContactMessage } from '@/lib/contact/deliverContactMessage'
import { issueFormToken } from '@/lib/abuse/formToken'
import { RATE_LIMIT_TABLE } from '@/lib/abuse/rateLimits'
import { cleanHeaderText } from '@/lib/contact/sanitise'
import {
  RATE_LIMITED_MESSAGE,
  STALE_FORM_MESSAGE,
  submitContactMessage,
  type SubmitResult,
} from '@/lib/contact/submitContactMessage'
import { parseServerEnv, serverEnv } from '@/lib/env'

import {
  contactForm,
  createContactWorld,
  pendingJobs,
  runContactQueue,
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

const countMessages = async () =>
  (await payload.count({ collection: 'contact-messages', overrideAccess: true })).totalDocs

function messageIdOf(result: SubmitResult): number {
  if (result.outcome !== 'accepted' || !result.messageId)
    throw new Error(`expected a stored message, got ${JSON.stringify(result)}`)
  return result.messageId
}

describe('validation', () => {
  it('names each problem with a specific message and keeps what was typed', async () => {
    const before = await countMessages()
    const result = await submitContactMessage(
      contactForm({
        name: '',
        email: 'not-an-address',
        subject: 'x'.repeat(151),
        message: 'Too short',
        privacy: undefined,
      }),
      await world.context(),
    )
    expect(result).toEqual({
      outcome: 'invalid',
      errors: {
        name: 'Enter your name',
        email: 'Enter an email address in the correct format, like name@example.com',
        subject: 'Subject must be 150 characters or fewer',
        message: 'Message must be at least 10 characters',
        privacy: 'Confirm that you have read the privacy notice',
      },
      values: expect.objectContaining({ email: 'not-an-address', message: 'Too short', subject: 'x'.repeat(151) }),
    })
    expect(await countMessages()).toBe(before)
  })

  it.each([
    ['an unknown member', 'member:nobody-at-all'],
    ['a member who does not accept messages', 'silent'],
    ['an arbitrary address', 'someone@example.org'],
  ])('refuses %s as the recipient', async (_, recipient) => {
    const key = recipient === 'silent' ? world.silentMember.key : recipient
    const result = await submitContactMessage(contactForm({ recipient: key }), await world.context())
    expect(result).toMatchObject({
      outcome: 'invalid',
      errors: { recipient: 'Select who you want to contact from the list' },
    })
  })

  it.each([
    ['ada@example', 'no dotted domain'],
    ['ada@@example.org', 'two @'],
    ['ada example@example.org', 'a space'],
    ['ada@example..org', 'an empty label'],
    [`${'a'.repeat(250)}@example.org`, 'too long'],
    ['.ada@example.org', 'a leading dot'],
  ])('refuses the email address %s (%s)', async (email) => {
    const result = await submitContactMessage(contactForm({ email }), await world.context())
    expect(result).toMatchObject({ outcome: 'invalid', errors: { email: expect.stringContaining('correct format') } })
  })

  it('stores every address it accepts: the form is never looser than the database’s own validation', async () => {
    const context = await world.context()
    await fc.assert(
      fc.asyncProperty(fc.emailAddress(), async (email) => {
        const result = await submitContactMessage(contactForm({ email, website: 'filled' }), context)
        // Filled honeypot: a valid submission is stored as spam, so no mail goes to these made-up
        // addresses; an address the form refuses is dropped. Either way nothing throws.
        expect(result.outcome).toBe('accepted')
        if (result.outcome === 'accepted' && result.disposition === 'spam') {
          expect((await storedMessage(payload, messageIdOf(result))).senderEmail).toBe(email)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('strips control characters from header fields before storing them', async () => {
    const result = await submitContactMessage(
      contactForm({ name: 'Ada\r\nBcc: x@example.com\u0000 Visitor', subject: 'Hi\u202Egnp.exe\tthere' }),
      await world.context(),
    )
    const stored = await storedMessage(payload, messageIdOf(result))
    expect(stored.senderName).toBe('Ada Bcc: x@example.com Visitor')
    expect(stored.subject).toBe('Hi gnp.exe there')
  })
})

describe('header injection', () => {
  const allowedHeaders = new Set([
    'from',
    'to',
    'reply-to',
    'subject',
    'message-id',
    'date',
    'mime-version',
    'content-type',
    'content-transfer-encoding',
  ])
  const nasty = fc.constantFrom(
    '\r',
    '\n',
    '\r\n',
    '\u0000',
    '\r\nBcc: victim@example.com',
    '\nX-Injected: yes',
    ':',
    ' ',
    '\u2028',
  )
  const fragment = fc.oneof(fc.string({ maxLength: 12 }), nasty)
  const injected = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))

  /** Unfolded header lines of a raw message, up to the blank line. */
  const headerLines = (raw: string) =>
    raw
      .slice(0, raw.indexOf('\r\n\r\n'))
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n')

  it('CR, LF and NUL in name, subject and email never add a header or a recipient', async () => {
    const context = await world.context()
    await fc.assert(
      fc.asyncProperty(injected, injected, fc.boolean(), async (name, subject, injectEmail) => {
        const marker = `marker-${Math.random().toString(36).slice(2)}`
        const email = injectEmail ? `ada@example.net${subject.slice(0, 8)}` : 'ada@example.net'
        const result = await submitContactMessage(
          contactForm({ name: `N${name}`, subject: `S${subject}`, email, message: `Property run ${marker}` }),
          context,
        )
        if (result.outcome === 'invalid') {
          // Rejected (an address no longer valid once cleaned): nothing stored, so nothing sent.
          expect(Object.keys(result.errors).every((field) => field === 'email')).toBe(true)
          return
        }
        await deliverContactMessage(payload, messageIdOf(result), false)
        const [mail, ...extra] = smtp.matching(marker)
        expect(extra).toHaveLength(0)
        expect(mail?.envelope.to).toEqual([world.teamEmail])
        const names = headerLines(mail?.raw ?? '').map((line) => line.slice(0, line.indexOf(':')).toLowerCase())
        for (const header of names) expect(allowedHeaders).toContain(header)
        for (const single of ['from', 'to', 'reply-to', 'subject']) {
          expect(names.filter((header) => header === single)).toHaveLength(1)
        }
        expect(mail?.parsed.subject).not.toMatch(/[\r\n\u0000]/)
        // One Reply-To address: the visitor's, as cleaned (any CR or LF in it became nothing but text).
        expect(mail?.parsed.replyTo?.map((address) => address.address?.toLowerCase())).toEqual([
          cleanHeaderText(email).toLowerCase(),
        ])
      }),
      { numRuns: 40 },
    )
  })
})

describe('the honeypot and the time-trap', () => {
  it('holds a message with the hidden field filled as spam, answered like any other', async () => {
    const result = await submitContactMessage(
      contactForm({ website: 'https://spam.example.com', subject: 'Cheap pills' }),
      await world.context(),
    )
    expect(result).toMatchObject({ outcome: 'accepted', disposition: 'spam' })
    const id = messageIdOf(result)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'spam', spamReason: 'honeypot' })
    expect(await pendingJobs(payload, id)).toBe(0)
    await runContactQueue(payload)
    expect(smtp.matching('Cheap pills')).toHaveLength(0)
  })

  it('answers a bot’s invalid submission as accepted and stores nothing', async () => {
    const before = await countMessages()
    const result = await submitContactMessage(contactForm({ website: 'x', email: 'junk' }), await world.context())
    expect(result).toEqual({ outcome: 'accepted', disposition: 'dropped' })
    expect(await countMessages()).toBe(before)
  })

  it('holds a form sent faster than a person can type it', async () => {
    const result = await submitContactMessage(contactForm({ subject: 'Too quick' }, 500), await world.context())
    expect(result).toMatchObject({ outcome: 'accepted', disposition: 'spam' })
    expect(await storedMessage(payload, messageIdOf(result))).toMatchObject({ status: 'spam', spamReason: 'too-fast' })
  })

  it.each([
    ['missing', undefined],
    ['forged', `${Date.now().toString(36)}.abc.forged-signature`],
    ['signed with another secret', issueFormToken('some-other-secret', Date.now() - 60_000)],
  ])('holds a form whose token is %s', async (_, formToken) => {
    const result = await submitContactMessage(contactForm({ formToken }), await world.context())
    expect(await storedMessage(payload, messageIdOf(result))).toMatchObject({ status: 'spam', spamReason: 'bad-token' })
  })

  it('asks a person to send again when the form was open for more than a day', async () => {
    const before = await countMessages()
    const result = await submitContactMessage(contactForm({}, 25 * 60 * 60 * 1000), await world.context())
    expect(result).toMatchObject({ outcome: 'invalid', errors: { form: STALE_FORM_MESSAGE } })
    expect(result.outcome === 'invalid' && result.values.message).toContain('social prescribing')
    expect(await countMessages()).toBe(before)
  })
})

describe('single-use form tokens', () => {
  /** The same form sent again: same token, another text (a bot reusing one token, or a page restored from history). */
  const again = (form: FormData, subject: string) => {
    const copy = new FormData()
    for (const [name, value] of form.entries()) copy.set(name, value)
    copy.set('subject', subject)
    return copy
  }
  const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2)}`

  it('a token sends one message; sent again it is held as spam and never mailed', async () => {
    const context = await world.context({ limiter: world.limiter() })
    const first = unique('First use')
    const form = contactForm({ subject: first })
    expect(await submitContactMessage(form, context)).toMatchObject({ outcome: 'accepted', disposition: 'queued' })

    const replayed = unique('Replayed')
    const result = await submitContactMessage(again(form, replayed), context)
    // Answered exactly like an accepted message: a bot learns nothing.
    expect(result).toMatchObject({ outcome: 'accepted', disposition: 'spam' })
    const id = messageIdOf(result)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'spam', spamReason: 'replayed-token' })
    expect(await pendingJobs(payload, id)).toBe(0)
    await runContactQueue(payload)
    expect(smtp.matching(first)).toHaveLength(1)
    expect(smtp.matching(replayed)).toHaveLength(0)

    // A fresh token (the contact page renders one per request) works at once.
    expect(await submitContactMessage(contactForm(), context)).toMatchObject({
      outcome: 'accepted',
      disposition: 'queued',
    })
  })

  it('remembers a used token in PostgreSQL, across a restart or a second process', async () => {
    const secret = `tokens-${world.tag}`
    const form = contactForm({ subject: unique('Before restart') })
    const send = async (body: FormData) =>
      submitContactMessage(body, await world.context({ limiter: world.limiter({}, secret) }))
    expect(await send(form)).toMatchObject({ disposition: 'queued' })
    expect(await send(again(form, unique('After restart')))).toMatchObject({ disposition: 'spam' })
  })

  it('lets only one of two simultaneous submissions of one token through', async () => {
    const context = await world.context({ limiter: world.limiter() })
    const form = contactForm({ subject: unique('Race') })
    const results = await Promise.all(
      [1, 2, 3].map((n) => submitContactMessage(again(form, unique(`Race ${n}`)), context)),
    )
    expect(results.map((result) => (result.outcome === 'accepted' ? result.disposition : 'invalid')).sort()).toEqual([
      'queued',
      'spam',
      'spam',
    ])
  })

  it('does not use up the token of a message that was refused, so the visitor can send it again', async () => {
    const secret = `refused-${world.tag}`
    const address = '192.0.2.77'
    const strict = world.limiter({ perAddress: 1 }, secret)
    expect(await submitContactMessage(contactForm(), await world.context({ limiter: strict, address }))).toMatchObject({
      disposition: 'queued',
    })
    const form = contactForm({ subject: unique('Refused first') })
    expect(await submitContactMessage(form, await world.context({ limiter: strict, address }))).toMatchObject({
      outcome: 'invalid',
      errors: { form: RATE_LIMITED_MESSAGE },
    })
    // An hour later (here: the same counters, under a higher limit) the same form goes through.
    const later = world.limiter({ perAddress: 10 }, secret)
    expect(await submitContactMessage(form, await world.context({ limiter: later, address }))).toMatchObject({
      disposition: 'queued',
    })
  })
})

describe('capacity of a recipient and of the form', () => {
  const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2)}`

  it('one address sending many messages to a member cannot make another visitor’s message to that member refused', async () => {
    const limiter = world.limiter({ perRecipient: 4, perSenderToRecipient: 2 })
    const send = async (address: string, subject: string) =>
      submitContactMessage(
        contactForm({ recipient: world.member.key, subject }),
        await world.context({ limiter, address }),
      )
    const flood = unique('Flood')
    const results = []
    for (let n = 0; n < 8; n += 1) results.push(await send('198.51.100.40', `${flood} ${n}`))
    // The sender's own messages beyond two an hour are held for the team, not refused and not lost.
    expect(results.map((result) => result.outcome === 'accepted' && result.disposition)).toEqual([
      'queued',
      'queued',
      ...Array(6).fill('held'),
    ])
    const held = messageIdOf(results[2] as SubmitResult)
    expect(await storedMessage(payload, held)).toMatchObject({ status: 'held', spamReason: 'sender-repeated' })
    expect(await pendingJobs(payload, held)).toBe(0)

    const genuine = unique('Someone else')
    expect(await send('198.51.100.41', genuine)).toMatchObject({ outcome: 'accepted', disposition: 'queued' })
    await runContactQueue(payload)
    expect(smtp.matching(genuine)).toHaveLength(1)
    expect(smtp.matching(flood)).toHaveLength(2)
  })

  it('holds messages over a recipient’s hourly capacity for the team, who can release them', async () => {
    const limiter = world.limiter({ perRecipient: 2 })
    const send = async (address: string, subject: string) =>
      submitContactMessage(
        contactForm({ recipient: world.member.key, subject }),
        await world.context({ limiter, address }),
      )
    expect(await send('198.51.100.50', unique('Busy one'))).toMatchObject({ disposition: 'queued' })
    expect(await send('198.51.100.51', unique('Busy two'))).toMatchObject({ disposition: 'queued' })
    const third = unique('Busy three')
    const result = await send('198.51.100.52', third)
    expect(result).toMatchObject({ outcome: 'accepted', disposition: 'held' })
    const id = messageIdOf(result)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'held', spamReason: 'recipient-busy' })
    await runContactQueue(payload)
    expect(smtp.matching(third)).toHaveLength(0)

    // The team reads it in the admin and releases it: only then is it mailed.
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: `editor-held-${world.tag}@example.org`,
        password: 'a-long-test-password',
        name: 'E',
        role: 'editor',
      },
      overrideAccess: true,
    })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    req.routeParams = { id: String(id) }
    expect((await retryDelivery.handler(req)).status).toBe(200)
    await runContactQueue(payload)
    expect(await storedMessage(payload, id)).toMatchObject({ status: 'sent', spamReason: null })
    expect(smtp.matching(third)).toHaveLength(1)
  })

  it('holds messages over the whole form’s hourly capacity, without using up the recipient’s', async () => {
    const limiter = world.limiter({ global: 1, perRecipient: 1 })
    const send = async (address: string, recipient: string) =>
      submitContactMessage(contactForm({ recipient }), await world.context({ limiter, address }))
    expect(await send('198.51.100.60', 'team')).toMatchObject({ disposition: 'queued' })
    const result = await send('198.51.100.61', world.member.key)
    expect(result).toMatchObject({ outcome: 'accepted', disposition: 'held' })
    expect(await storedMessage(payload, messageIdOf(result))).toMatchObject({ status: 'held', spamReason: 'site-busy' })
  })
})

describe('rate limits', () => {
  it('refuse an address over its limit, hold messages over a recipient’s or the form’s, and survive a restart', async () => {
    const limits = { perAddress: 2, perRecipient: 3, global: 4 }
    const secret = `restart-${world.tag}`
    const limiter = world.limiter(limits, secret)
    const send = async (address: string, recipient = 'team', active = limiter) =>
      submitContactMessage(contactForm({ recipient }), await world.context({ limiter: active, address }))
    const limited = { outcome: 'invalid', errors: { form: RATE_LIMITED_MESSAGE } }
    const held = { outcome: 'accepted', disposition: 'held' }

    expect(await send('198.51.100.1')).toMatchObject({ disposition: 'queued' })
    expect(await send('198.51.100.1')).toMatchObject({ disposition: 'queued' })
    expect(await send('198.51.100.1')).toMatchObject(limited) // third from one address
    expect(await send('198.51.100.2')).toMatchObject({ disposition: 'queued' }) // third to the team
    expect(await send('198.51.100.3')).toMatchObject(held) // fourth to the team
    expect(await send('198.51.100.4', world.member.key)).toMatchObject({ disposition: 'queued' }) // fourth in all
    expect(await send('198.51.100.5', world.member.key)).toMatchObject(held) // fifth in all

    // A new process (a restart, or a second server) reads the same counters from PostgreSQL.
    const restarted = world.limiter(limits, secret)
    expect(await send('198.51.100.1', world.member.key, restarted)).toMatchObject(limited)
    expect(await send('198.51.100.9', world.member.key, restarted)).toMatchObject(held)
    // Another site secret (another deployment) starts from zero.
    expect(await send('198.51.100.1', world.member.key, world.limiter(limits))).toMatchObject({
      disposition: 'queued',
    })
  })

  it('counts visitors whose address is unknown together', async () => {
    const limiter = world.limiter({ perAddress: 1 })
    const send = async () => submitContactMessage(contactForm(), await world.context({ limiter, address: null }))
    expect(await send()).toMatchObject({ outcome: 'accepted' })
    expect(await send()).toMatchObject({ outcome: 'invalid', errors: { form: RATE_LIMITED_MESSAGE } })
  })

  it('store no address as it is', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const { rows } = await pool.query<{ key: string }>(`select key from "${RATE_LIMIT_TABLE}"`)
    expect(rows.length).toBeGreaterThan(0)
    for (const { key } of rows) expect(key).not.toMatch(/\d+\.\d+\.\d+\.\d+|unknown/)
  })

  it('count a whole IPv6 /64 as one address', async () => {
    const limiter = world.limiter({ perAddress: 2 })
    const send = async (address: string) =>
      submitContactMessage(contactForm(), await world.context({ limiter, address }))
    expect(await send('2001:db8:5:6::1')).toMatchObject({ outcome: 'accepted' })
    expect(await send('2001:db8:5:6::2')).toMatchObject({ outcome: 'accepted' })
    expect(await send('2001:db8:5:6:ffff::3')).toMatchObject({
      outcome: 'invalid',
      errors: { form: RATE_LIMITED_MESSAGE },
    })
    expect(await send('2001:db8:5:7::1')).toMatchObject({ outcome: 'accepted' })
  })

  it('do not let spam use up a recipient’s or the form’s limit', async () => {
    const limiter = world.limiter({ perRecipient: 1, global: 1 })
    for (const address of ['192.0.2.20', '192.0.2.21', '192.0.2.22']) {
      const spam = await submitContactMessage(
        contactForm({ website: 'filled' }),
        await world.context({ limiter, address }),
      )
      expect(spam).toMatchObject({ outcome: 'accepted', disposition: 'spam' })
    }
    const genuine = await submitContactMessage(contactForm(), await world.context({ limiter, address: '192.0.2.30' }))
    expect(genuine).toMatchObject({ outcome: 'accepted', disposition: 'queued' })
  })

  it('drop a bot’s message silently once it is over the limit', async () => {
    const limiter = world.limiter({ perAddress: 1 })
    const send = async () =>
      submitContactMessage(contactForm({ website: 'filled' }), await world.context({ limiter, address: '192.0.2.9' }))
    expect(await send()).toMatchObject({ outcome: 'accepted', disposition: 'spam' })
    expect(await send()).toEqual({ outcome: 'accepted', disposition: 'dropped' })
  })
})

describe('the optional CAPTCHA', () => {
  let server: Server
  let verifyUrl = ''
  const seen: URLSearchParams[] = []

  beforeAll(async () => {
    // The provider's verification endpoint, played on loopback: answers success for one token only.
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        const params = new URLSearchParams(body)
        seen.push(params)
        response.setHeader('content-type', 'application/json')
        response.end(
          JSON.stringify({ success: params.get('response') === 'good-token' && params.get('secret') === 'secret-key' }),
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    verifyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const env = (provider: 'none' | 'turnstile' | 'hcaptcha') =>
    parseServerEnv({
      ...process.env,
      CAPTCHA_PROVIDER: provider,
      ...(provider === 'none'
        ? {}
        : { CAPTCHA_SITE_KEY: 'site-key', CAPTCHA_SECRET_KEY: 'secret-key', CAPTCHA_VERIFY_URL: verifyUrl }),
    })

  it('is off by default and then checks nothing', async () => {
    expect(serverEnv().CAPTCHA_PROVIDER).toBe('none')
    expect(await verifyCaptcha(env('none'), new FormData(), null)).toBe(true)
  })

  it('verifies the answer with the provider on the server, with the client address', async () => {
    const form = new FormData()
    form.set('cf-turnstile-response', 'good-token')
    expect(await verifyCaptcha(env('turnstile'), form, '203.0.113.5')).toBe(true)
    expect(seen.at(-1)?.get('remoteip')).toBe('203.0.113.5')
    form.set('cf-turnstile-response', 'made-up')
    expect(await verifyCaptcha(env('turnstile'), form, null)).toBe(false)
    expect(await verifyCaptcha(env('hcaptcha'), form, null)).toBe(false)
    expect(await verifyCaptcha(env('turnstile'), new FormData(), null)).toBe(false)
  })

  it('refuses a submission that fails the check, keeping what was typed', async () => {
    const result = await submitContactMessage(contactForm({ 'h-captcha-response': 'made-up' }), {
      ...(await world.context()),
      env: env('hcaptcha'),
    })
    expect(result).toMatchObject({
      outcome: 'invalid',
      errors: { form: expect.stringContaining('Complete the check') },
    })
  })
})
