import { describe, expect, it } from 'vitest'

import { passwordProblem } from '@/lib/auth/passwordPolicy'
import type { SignInKeys, SignInThrottle } from '@/lib/auth/signInThrottle'
import { withSignInThrottle } from '@/lib/auth/throttleSignIn'
import { PEER_HEADER } from '@/lib/abuse/clientAddress'

describe('password policy', () => {
  it.each(['abc', 'eleven-char', 'password1234', 'qwertyuiop12', 'abcdefghijkl', 'a'.repeat(300)])(
    'refuses %s',
    (password) => {
      expect(passwordProblem(password)).toMatch(/12 characters|too easy to guess/)
    },
  )

  it.each(['Quiet-harbour-lanterns-42', 'correct horse battery staple', `${'Tram-stops-and-toast '.repeat(6)}`])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password)).toBeNull()
    },
  )

  it("refuses a password made of the account's own name and address", () => {
    expect(passwordProblem('Featherstone2026!', [])).toBeNull()
    expect(passwordProblem('Featherstone2026!', ['Rowanna Featherstone', 'rowanna@example.org'])).toMatch(
      /personal or page related data/,
    )
  })
})

describe('sign-in throttle wrapper', () => {
  const setup = (allowed: boolean) => {
    const taken: SignInKeys[] = []
    const throttle: SignInThrottle = {
      take: async (keys) => {
        taken.push(keys)
        return allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: 61 }
      },
      succeeded: async () => undefined,
    }
    const calls: string[] = []
    const handler = withSignInThrottle(
      async (request: Request) => {
        calls.push(new URL(request.url).pathname)
        return Response.json({ ok: true })
      },
      { throttle: async () => throttle, trustedProxyHops: 0, logError: () => undefined },
    )
    const post = (path: string, body: BodyInit, contentType: string) =>
      handler(
        new Request(`http://localhost:3000${path}`, {
          method: 'POST',
          // A FormData body sets its own multipart type, boundary included.
          headers: { ...(contentType ? { 'content-type': contentType } : {}), [PEER_HEADER]: '192.0.2.9' },
          body,
        }),
      )
    return { taken, calls, post }
  }

  it('limits the login, however its path is spelled, and reads the admin form', async () => {
    const { taken, post } = setup(true)
    const form = new FormData()
    form.set('_payload', JSON.stringify({ email: 'Someone@Example.org', password: 'x' }))
    await post('/api/users/login', form, '')
    await post('/api/users/%6Cogin/', JSON.stringify({ email: 'a@example.org' }), 'application/json')
    await post('/api/users/reset-password', JSON.stringify({ token: 't', password: 'p' }), 'application/json')
    await post('/api/users/login', '{not json', 'application/json')
    expect(taken).toEqual([
      { address: '192.0.2.9', email: 'Someone@Example.org' },
      { address: '192.0.2.9', email: 'a@example.org' },
      { address: '192.0.2.9', email: null },
      { address: '192.0.2.9', email: null },
    ])
  })

  it('passes other requests straight through', async () => {
    const { taken, calls, post } = setup(false)
    const response = await post('/api/posts', '{}', 'application/json')
    expect(response.status).toBe(200)
    expect(calls).toEqual(['/api/posts'])
    expect(taken).toEqual([])
  })

  it('answers 429 with Retry-After without calling Payload', async () => {
    const { calls, post } = setup(false)
    const response = await post('/api/users/login', JSON.stringify({ email: 'a@example.org' }), 'application/json')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('61')
    expect(await response.json()).toEqual({
      message: 'Too many sign-in attempts from your network. Try again in 2 minutes.',
      errors: [{ message: 'Too many sign-in attempts from your network. Try again in 2 minutes.' }],
    })
    expect(calls).toEqual([])
  })
})
