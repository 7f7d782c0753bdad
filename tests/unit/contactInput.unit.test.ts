import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { clientAddress, PEER_HEADER } from '@/lib/abuse/clientAddress'
import { checkFormToken, FORM_MAX_AGE_MS, formTokenIdentity, issueFormToken } from '@/lib/abuse/formToken'
import { addressBucket } from '@/lib/abuse/rateLimits'
import { cleanBodyText, cleanHeaderText } from '@/lib/contact/sanitise'
import { contactSchema } from '@/lib/contact/schema'

const HEADER_BREAKERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/

describe('cleanHeaderText', () => {
  it('leaves no control character, line break or separator in anything', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
        expect(cleanHeaderText(value)).not.toMatch(HEADER_BREAKERS)
      }),
      { numRuns: 500 },
    )
  })

  it('keeps printable text, with runs of white space made single', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .,'-]{0,60}$/), (value) => {
        expect(cleanHeaderText(value)).toBe(value.replace(/\s+/g, ' ').trim())
      }),
    )
    expect(cleanHeaderText('Ada\r\nBcc: victim@example.com')).toBe('Ada Bcc: victim@example.com')
    expect(cleanHeaderText('Zoë  Ø’Brien')).toBe('Zoë Ø’Brien')
  })
})

describe('cleanBodyText', () => {
  it('keeps line breaks and tabs but no other control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
        expect(cleanBodyText(value)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\r]/)
      }),
      { numRuns: 500 },
    )
    expect(cleanBodyText('Line one\r\nLine two\rLine three\u0000')).toBe('Line one\nLine two\nLine three')
  })
})

describe('contactSchema', () => {
  const valid = {
    recipient: 'team',
    name: 'Ada',
    email: 'ada@example.net',
    subject: 'Hello',
    message: 'A message long enough.',
    privacy: 'yes',
  }

  it('accepts a complete form and asks for an acknowledgement only when ticked', () => {
    expect(contactSchema.parse(valid)).toMatchObject({ ...valid, acknowledge: false })
    expect(contactSchema.parse({ ...valid, acknowledge: 'yes' }).acknowledge).toBe(true)
  })

  it.each([
    ['name', 'x'.repeat(101), 'Name must be 100 characters or fewer'],
    ['subject', '   ', 'Enter a subject'],
    ['message', 'x'.repeat(5001), 'Message must be 5,000 characters or fewer'],
    ['email', 'ada@localhost', 'Enter an email address in the correct format, like name@example.com'],
    ['privacy', 'no', 'Confirm that you have read the privacy notice'],
  ])('refuses %s=%j with "%s"', (field, value, message) => {
    const result = contactSchema.safeParse({ ...valid, [field]: value })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message })
  })

  it('treats anything that is not text as missing', () => {
    const result = contactSchema.safeParse({ ...valid, name: ['Ada', 'Bob'] })
    expect(result.error?.issues[0]).toMatchObject({ path: ['name'], message: 'Enter your name' })
  })
})

describe('form token (time-trap)', () => {
  const secret = 'unit-secret'
  const now = Date.UTC(2026, 11, 1, 12)
  const check = (token: unknown, at = now) => checkFormToken(token, secret, { now: at, minAgeMs: 3000 })

  it('accepts a token between three seconds and a day old', () => {
    expect(check(issueFormToken(secret, now - 3000))).toBe('ok')
    expect(check(issueFormToken(secret, now - FORM_MAX_AGE_MS + 1000))).toBe('ok')
  })

  it('is identified by its time and nonce, and is marked used until it expires', () => {
    const token = issueFormToken(secret, now - 60_000)
    const other = issueFormToken(secret, now - 60_000)
    expect(formTokenIdentity(token)).toEqual({
      id: token.split('.').slice(0, 2).join('.'),
      expiresAt: now - 60_000 + FORM_MAX_AGE_MS,
    })
    expect(formTokenIdentity(other).id).not.toBe(formTokenIdentity(token).id)
  })

  it('tells too fast, stale and forged apart', () => {
    expect(check(issueFormToken(secret, now - 1000))).toBe('too-fast')
    expect(check(issueFormToken(secret, now - FORM_MAX_AGE_MS - 1000))).toBe('stale')
    expect(check(issueFormToken('other', now - 60_000))).toBe('invalid')
    expect(check(issueFormToken(secret, now + 10 * 60_000))).toBe('invalid')
    expect(check(undefined)).toBe('invalid')
    expect(check('a.b')).toBe('invalid')
  })

  it('cannot be made older by editing its time', () => {
    const token = issueFormToken(secret, now - 500)
    const [, nonce, signature] = token.split('.')
    expect(check(`${(now - 60_000).toString(36)}.${nonce}.${signature}`)).toBe('invalid')
  })
})

describe('clientAddress', () => {
  const headers = (values: Record<string, string>) => new Headers(values)

  it('uses the TCP peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    const request = headers({ [PEER_HEADER]: '198.51.100.7', 'x-forwarded-for': '1.2.3.4' })
    expect(clientAddress(request, 0)).toBe('198.51.100.7')
  })

  it('takes the entry the trusted proxies wrote, never one the client sent', () => {
    const request = headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.1' })
    expect(clientAddress(request, 1)).toBe('10.0.0.1')
    expect(clientAddress(request, 2)).toBe('203.0.113.9')
    expect(clientAddress(headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.9' }), 1)).toBe(
      '203.0.113.9',
    )
  })

  it('gives up rather than guess when the chain is short, the peer unknown or the entry not an address', () => {
    expect(clientAddress(headers({ [PEER_HEADER]: '10.0.0.2' }), 1)).toBeNull()
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), 0)).toBeNull()
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), 1)).toBeNull()
    expect(clientAddress(headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': 'evil, 10.0.0.1' }), 2)).toBeNull()
  })

  it('reads IPv4 addresses mapped into IPv6 as IPv4', () => {
    expect(clientAddress(headers({ [PEER_HEADER]: '::ffff:192.0.2.4' }), 0)).toBe('192.0.2.4')
    expect(clientAddress(headers({ [PEER_HEADER]: '2001:db8::1' }), 0)).toBe('2001:db8::1')
  })
})

describe('addressBucket', () => {
  it('keeps IPv4 addresses whole and puts IPv6 addresses in their /64', () => {
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9')
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressBucket('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressBucket(null)).toBe('unknown')
  })
})
