import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyPassword } from '@/lib/auth/passwordHash'
import { RATE_LIMIT_TABLE } from '@/lib/abuse/rateLimits'
import type { User } from '@/payload-types'

import { authRest } from '../helpers/authRest'
import { getTestPayload } from '../helpers/payload'
import { expectLoggedErrors, takeLoggedInfo } from '../helpers/payloadLogs'
import { SmtpSink } from '../helpers/smtpSink'

const PASSWORD = 'Quiet-harbour-lanterns-42'
const NEW_PASSWORD = 'Seven-copper-kettles-sing'

let payload: Payload
const tag = randomBytes(3).toString('hex')
let counter = 0

async function makeUser(role: User['role'] = 'editor', password = PASSWORD): Promise<User> {
  counter += 1
  return payload.create({
    collection: 'users',
    data: { name: `Sign-in ${role} ${counter}`, email: `signin-${counter}-${tag}@example.org`, password, role },
    overrideAccess: true,
  })
}

type Body = { token?: string; user?: Record<string, unknown> | null; message?: string; errors?: unknown[] }
const bodyOf = (response: { body: unknown }) => response.body as Body

/** The field errors of a Payload ValidationError answer, as the admin form shows them. */
const fieldErrors = (response: { body: unknown }) =>
  (
    (response.body as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }).errors?.[0]?.data
      ?.errors ?? []
  ).map(({ path, message }) => ({ path, message }))

async function signIn(rest: ReturnType<typeof authRest>, email: string, password = PASSWORD, address?: string) {
  const response = await rest.send('/users/login', { body: { email, password }, address })
  expect(response.status, response.text).toBe(200)
  return bodyOf(response).token as string
}

// Password-reset requests for real accounts send mail.
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))

beforeAll(async () => {
  payload = await getTestPayload()
  await smtp.start()
})

afterAll(async () => {
  await smtp.stop()
})

describe('sign-in limits', () => {
  it('never lock an account: many wrong passwords from one address leave the right one working from another', async () => {
    const user = await makeUser()
    const rest = authRest(payload)
    for (let i = 0; i < 8; i += 1) {
      const wrong = await rest.send('/users/login', {
        body: { email: user.email, password: `wrong-${i}` },
        address: '198.51.100.1',
      })
      expect(wrong.status).toBe(401)
      expect(bodyOf(wrong).errors).toEqual([{ message: 'The email or password provided is incorrect.' }])
    }
    // Logged as the visitor's mistake it is: one line at info each, without a stack trace.
    expectLoggedErrors(/email or password provided is incorrect/, 0)
    expect(takeLoggedInfo(/email or password provided is incorrect/).map(({ msg, err }) => ({ msg, err }))).toEqual(
      Array.from({ length: 8 }, () => ({ msg: '401 The email or password provided is incorrect.', err: undefined })),
    )
    const right = await rest.send('/users/login', {
      body: { email: user.email, password: PASSWORD },
      address: '198.51.100.2',
    })
    expect(right.status, right.text).toBe(200)
  })

  it('answer 429 with Retry-After once an address has used up its attempts at one account', async () => {
    const [user, other] = [await makeUser(), await makeUser()]
    const rest = authRest(payload, { perAccount: 3 })
    const attempt = (email: string, password: string, address = '198.51.100.10') =>
      rest.send('/users/login', { body: { email, password }, address })

    for (let i = 0; i < 3; i += 1) expect((await attempt(user.email, 'wrong-password')).status).toBe(401)
    const refused = await attempt(user.email, PASSWORD)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(bodyOf(refused).message).toMatch(/^Too many sign-in attempts from your network\. Try again in 15 minutes\.$/)

    // Limited to that account from that address: other accounts there, and the account elsewhere, still work.
    expect((await attempt(other.email, PASSWORD)).status).toBe(200)
    expect((await attempt(user.email, PASSWORD, '198.51.100.11')).status).toBe(200)
    // An IPv6 client's whole /64 is one address.
    const v6 = authRest(payload, { perAccount: 2 })
    for (const host of ['2001:db8:1:2::a', '2001:db8:1:2::b'])
      expect(
        (await v6.send('/users/login', { body: { email: user.email, password: 'x' }, address: host })).status,
      ).toBe(401)
    expect(
      (await v6.send('/users/login', { body: { email: user.email, password: PASSWORD }, address: '2001:db8:1:2::c' }))
        .status,
    ).toBe(429)
  })

  it('give back the attempts of a successful sign-in', async () => {
    const user = await makeUser()
    const rest = authRest(payload, { perAccount: 3 })
    const attempt = (password: string) =>
      rest.send('/users/login', { body: { email: user.email, password }, address: '198.51.100.20' })
    for (let round = 0; round < 3; round += 1) {
      expect((await attempt('wrong-password')).status).toBe(401)
      expect((await attempt('wrong-password')).status).toBe(401)
      expect((await attempt(PASSWORD)).status).toBe(200)
    }
  })

  it('answer 429 once an address has tried too many accounts', async () => {
    const user = await makeUser()
    const rest = authRest(payload, { perAddress: 5 })
    for (let i = 0; i < 5; i += 1) {
      const guess = await rest.send('/users/login', {
        body: { email: `nobody-${i}-${tag}@example.org`, password: 'wrong-password' },
        address: '198.51.100.30',
      })
      expect(guess.status).toBe(401)
    }
    const refused = await rest.send('/users/login', {
      body: { email: user.email, password: PASSWORD },
      address: '198.51.100.30',
    })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('are kept in PostgreSQL, hashed, so they hold across restarts and processes', async () => {
    const user = await makeUser()
    const secret = `persist-${tag}`
    const first = authRest(payload, { perAccount: 2 }, secret)
    for (let i = 0; i < 2; i += 1) {
      await first.send('/users/login', { body: { email: user.email, password: 'nope-nope' }, address: '198.51.100.40' })
    }
    const restarted = authRest(payload, { perAccount: 2 }, secret)
    const refused = await restarted.send('/users/login', {
      body: { email: user.email, password: PASSWORD },
      address: '198.51.100.40',
    })
    expect(refused.status).toBe(429)
    const { rows } = await (payload.db as unknown as { pool: import('pg').Pool }).pool.query<{ key: string }>(
      `select key from "${RATE_LIMIT_TABLE}" where key like 'signin-%'`,
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((row) => row.key).join(' ')).not.toMatch(/198\.51\.100|example\.org/)
  })

  it('also cover password-reset requests and reset tokens', async () => {
    const user = await makeUser()
    const rest = authRest(payload, { perAccount: 2, perAddress: 4 })
    for (let i = 0; i < 2; i += 1) {
      const asked = await rest.send('/users/forgot-password', { body: { email: user.email }, address: '198.51.100.50' })
      expect(asked.status).toBe(200)
    }
    expect(
      (await rest.send('/users/forgot-password', { body: { email: user.email }, address: '198.51.100.50' })).status,
    ).toBe(429)

    for (let i = 0; i < 4; i += 1) {
      const guess = await rest.send('/users/reset-password', {
        body: { token: randomBytes(20).toString('hex'), password: NEW_PASSWORD },
        address: '198.51.100.51',
      })
      expect(guess.status).toBe(403)
    }
    // A wrong reset token is the visitor's mistake: one line at info each, no error, no stack trace.
    expectLoggedErrors(/Token is either invalid or has expired/, 0)
    expect(takeLoggedInfo(/Token is either invalid or has expired/).map(({ msg, err }) => ({ msg, err }))).toEqual(
      Array.from({ length: 4 }, () => ({ msg: '403 Token is either invalid or has expired.', err: undefined })),
    )
    const refused = await rest.send('/users/reset-password', {
      body: { token: randomBytes(20).toString('hex'), password: NEW_PASSWORD },
      address: '198.51.100.51',
    })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('unknown and known addresses', () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

  it('get the same answer, after the same password-hashing work', async () => {
    const user = await makeUser()
    const rest = authRest(payload, { perAccount: 100, perAddress: 100 })
    const attempt = async (email: string) => {
      const started = performance.now()
      const response = await rest.send('/users/login', {
        body: { email, password: 'not-the-password' },
        address: '198.51.100.60',
      })
      return { response, ms: performance.now() - started }
    }
    const unknownEmail = `nobody-${tag}@example.org`
    const known = await attempt(user.email)
    const unknown = await attempt(unknownEmail)
    expect(unknown.response.status).toBe(known.response.status)
    expect(unknown.response.text).toBe(known.response.text)

    // Alternating, so that load on the machine falls on both alike; PBKDF2 at 600,000 rounds takes
    // 100 ms or more, an answer without it a few milliseconds.
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < 5; i += 1) {
      times.known.push((await attempt(user.email)).ms)
      times.unknown.push((await attempt(unknownEmail)).ms)
    }
    expect(median(times.unknown)).toBeGreaterThanOrEqual(median(times.known) * 0.5)
  })

  it('get the same password-reset answer without waiting for the mail server', async () => {
    const user = await makeUser()
    const rest = authRest(payload, { perAccount: 100, perAddress: 100 })
    const ask = async (email: string) => {
      const started = performance.now()
      const response = await rest.send('/users/forgot-password', { body: { email }, address: '198.51.100.61' })
      return { response, ms: performance.now() - started }
    }
    const known = await ask(user.email)
    const unknown = await ask(`nobody-else-${tag}@example.org`)
    expect(known.response.status).toBe(200)
    expect(known.response.text).toBe(unknown.response.text)
    expect(bodyOf(known.response)).toEqual({ message: 'Success' })
    // Payload's own answer waited for the mail server: several hundred milliseconds for a real account.
    expect(known.ms).toBeLessThan(unknown.ms + 250)
    // The mail still goes out, after the answer.
    await expect.poll(() => smtp.matching(user.email).length, { timeout: 20_000 }).toBeGreaterThan(0)
    expect(rest.errors).toEqual([])
  })

  it('hash passwords the way Payload stores them', async () => {
    const user = await makeUser()
    const stored = await payload.db.findOne<{ id: number; hash: string; salt: string }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(stored?.hash).toMatch(/^pbkdf2-sha256-v1:[0-9a-f]{64}$/)
    expect(await verifyPassword(PASSWORD, stored ?? {})).toBe(true)
    expect(await verifyPassword(`${PASSWORD}!`, stored ?? {})).toBe(false)
  })
})

describe('password policy', () => {
  const weak = ['abc', 'short-pw1', 'password1234', 'qwertyuiop12']

  it.each(weak)('refuses "%s" for a new user, a changed password and a reset', async (password) => {
    const admin = await makeUser('admin')
    const target = await makeUser('contributor')
    const rest = authRest(payload, { perAccount: 100, perAddress: 100 })
    const adminToken = await signIn(rest, admin.email)

    const created = await rest.send('/users', {
      token: adminToken,
      body: { name: 'Weak', email: `weak-${counter}-${tag}@example.org`, password, role: 'editor' },
    })
    expect(created.status).toBe(400)
    expect(fieldErrors(created)).toEqual([{ path: 'password', message: expect.stringMatching(/12 characters|guess/) }])

    const changed = await rest.send(`/users/${target.id}`, { method: 'PATCH', token: adminToken, body: { password } })
    expect(changed.status).toBe(400)
    expect(fieldErrors(changed)[0]?.path).toBe('password')

    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: target.email },
      disableEmail: true,
    })
    const reset = await rest.send('/users/reset-password', { body: { token, password } })
    expect(reset.status).toBe(400)
    expect(fieldErrors(reset)[0]?.path).toBe('password')
    // The target's password is unchanged throughout.
    expect((await rest.send('/users/login', { body: { email: target.email, password: PASSWORD } })).status).toBe(200)
  })

  it('explains a guessable password with zxcvbn feedback', async () => {
    const admin = await makeUser('admin')
    const rest = authRest(payload)
    const created = await rest.send('/users', {
      token: await signIn(rest, admin.email),
      body: { name: 'Weak', email: `weak-feedback-${tag}@example.org`, password: 'password1234', role: 'editor' },
    })
    expect(fieldErrors(created)[0]?.message).toBe(
      'This password is too easy to guess. This is similar to a commonly used password. Add more words that are less common.',
    )
  })

  it('accepts a long unguessable password on create and reset', async () => {
    const user = await makeUser('editor', NEW_PASSWORD)
    const rest = authRest(payload)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const reset = await rest.send('/users/reset-password', { body: { token, password: PASSWORD } })
    expect(reset.status, reset.text).toBe(200)
  })
})

describe('changing one’s own password', () => {
  it('requires the current password', async () => {
    const user = await makeUser()
    const rest = authRest(payload)
    const token = await signIn(rest, user.email)
    const change = (body: Record<string, unknown>) =>
      rest.send(`/users/${user.id}`, { method: 'PATCH', token, body: { password: NEW_PASSWORD, ...body } })

    const missing = await change({})
    expect(missing.status).toBe(400)
    expect(fieldErrors(missing)).toEqual([
      { path: 'currentPassword', message: 'Enter your current password to choose a new one.' },
    ])
    const wrong = await change({ currentPassword: 'Not-my-password-at-all' })
    expect(wrong.status).toBe(400)
    expect(fieldErrors(wrong)).toEqual([{ path: 'currentPassword', message: 'The current password is not correct.' }])
    expect((await rest.send('/users/login', { body: { email: user.email, password: NEW_PASSWORD } })).status).toBe(401)

    const done = await change({ currentPassword: PASSWORD })
    expect(done.status, done.text).toBe(200)
    expect((await rest.send('/users/login', { body: { email: user.email, password: NEW_PASSWORD } })).status).toBe(200)
  })

  it('ends the account’s other sessions and keeps the one that made the change', async () => {
    const user = await makeUser()
    const rest = authRest(payload)
    const older = await signIn(rest, user.email)
    const current = await signIn(rest, user.email)
    const me = async (token: string) => bodyOf(await rest.send('/users/me', { method: 'GET', token })).user ?? null

    expect((await me(older))?.id).toBe(user.id)
    const done = await rest.send(`/users/${user.id}`, {
      method: 'PATCH',
      token: current,
      body: { password: NEW_PASSWORD, currentPassword: PASSWORD },
    })
    expect(done.status, done.text).toBe(200)
    expect(await me(older)).toBeNull()
    expect((await rest.send('/users', { method: 'GET', token: older })).status).toBe(403)
    expect((await me(current))?.id).toBe(user.id)
  })

  it('lets an administrator set another person’s password without theirs, ending all their sessions', async () => {
    const admin = await makeUser('admin')
    const user = await makeUser()
    const rest = authRest(payload)
    const adminToken = await signIn(rest, admin.email)
    const userToken = await signIn(rest, user.email)
    const done = await rest.send(`/users/${user.id}`, {
      method: 'PATCH',
      token: adminToken,
      body: { password: NEW_PASSWORD },
    })
    expect(done.status, done.text).toBe(200)
    expect(bodyOf(await rest.send('/users/me', { method: 'GET', token: userToken })).user).toBeNull()
    expect((await rest.send('/users/login', { body: { email: user.email, password: NEW_PASSWORD } })).status).toBe(200)
  })
})

describe('session list', () => {
  it('is not shown in sign-in, me or users answers', async () => {
    const admin = await makeUser('admin')
    const rest = authRest(payload)
    const login = await rest.send('/users/login', { body: { email: admin.email, password: PASSWORD } })
    expect(login.status).toBe(200)
    const token = bodyOf(login).token as string
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sid: string }
    expect(sid).toMatch(/^[0-9a-f-]{36}$/)
    // Payload turns an array field that may not be read into an empty list.
    const shown = [
      bodyOf(login).user,
      bodyOf(await rest.send('/users/me', { method: 'GET', token })).user,
      (await rest.send(`/users/${admin.id}`, { method: 'GET', token })).body as Record<string, unknown>,
      ...((await rest.send('/users', { method: 'GET', token })).body as { docs: Record<string, unknown>[] }).docs,
    ]
    for (const user of shown) {
      expect(user).toHaveProperty('email')
      expect(user?.sessions ?? []).toEqual([])
      expect(JSON.stringify(user)).not.toContain(sid)
    }
    // The list is still kept and checked: the token works until it is signed out.
    expect((await rest.send('/users/logout', { token })).status).toBe(200)
    expect(bodyOf(await rest.send('/users/me', { method: 'GET', token })).user).toBeNull()
  })
})
