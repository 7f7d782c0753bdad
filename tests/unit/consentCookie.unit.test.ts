import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { trustedConsentId } from '@/lib/consent/consentId'
import { decodeConsent, encodeConsent, type ConsentChoice } from '@/lib/consent/consentState'
import { MAX_RETURN_PATH, returnPath } from '@/lib/consent/returnPath'
import { chooseVariant } from '@/server/consentVariant.mjs'

const SITE = 'https://osprn.example.org'
const secret = 'unit-test-secret'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const choice = (overrides: Partial<ConsentChoice> = {}): ConsentChoice => ({
  v: 1,
  id: '3f1c2a4e-8b7d-4c6a-9e5f-0a1b2c3d4e5f',
  rev: 1,
  at: new Date().toISOString(),
  cat: [],
  svc: [],
  ...overrides,
})

describe('the way back after a cookie choice', () => {
  it('is the page the form was on', () => {
    expect(returnPath(SITE, ['/events?page=2', null])).toBe('/events?page=2')
    expect(returnPath(SITE, [null, `${SITE}/news`])).toBe('/news')
  })

  it('falls back to the home page for a returnTo over the cap, however it is spelled', () => {
    expect(returnPath(SITE, [`/${'a'.repeat(100_000)}`, null])).toBe('/')
    expect(returnPath(SITE, [`/${'a'.repeat(MAX_RETURN_PATH)}`, null])).toBe('/')
    // Short as typed, long once percent-encoded.
    expect(returnPath(SITE, [`/${'é'.repeat(700)}`, null])).toBe('/')
    expect(returnPath(SITE, [null, `${SITE}/${'b'.repeat(5000)}`])).toBe('/')
  })

  it('never exceeds the cap or leaves the site', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.option(fc.string({ maxLength: 3000 })), (given, referer) => {
        const path = returnPath(SITE, [given, referer])
        expect(path.length).toBeLessThanOrEqual(MAX_RETURN_PATH)
        expect(new URL(path, SITE).origin).toBe(SITE)
      }),
    )
  })
})

describe('the consent id', () => {
  it('is issued by the server: an unsigned or forged id from the cookie is replaced', () => {
    for (const id of ['<img src=x onerror=alert(1)>', '3f1c2a4e-8b7d-4c6a-9e5f-0a1b2c3d4e5f', 'aaaaaaaa']) {
      const trusted = trustedConsentId(decodeConsent(encodeConsent(choice({ id }))), secret)
      expect(trusted.id).toMatch(UUID)
      expect(trusted.id).not.toBe(id)
    }
    expect(trustedConsentId(null, secret).id).toMatch(UUID)
  })

  it('is kept while its signature holds, and replaced when it was signed with another secret', () => {
    const issued = trustedConsentId(null, secret)
    const cookie = decodeConsent(encodeConsent(choice(issued)))
    expect(trustedConsentId(cookie, secret)).toEqual(issued)
    expect(trustedConsentId(cookie, 'another-secret').id).not.toBe(issued.id)
    // A signature moved onto another id proves nothing.
    const moved = decodeConsent(encodeConsent(choice({ ...issued, id: trustedConsentId(null, secret).id })))
    expect(trustedConsentId(moved, secret).id).not.toBe(moved?.id)
  })

  it('leaves the page variant to the cookie without the secret: a forged cookie still only picks a variant', () => {
    const policy = { revision: 1, lifetimeDays: 365, choices: ['analytics'] }
    const signed = encodeConsent(choice({ ...trustedConsentId(null, secret), cat: ['analytics'] }))
    const unsigned = encodeConsent(choice({ id: 'forged-forged', cat: ['analytics'] }))
    for (const cookie of [signed, unsigned]) {
      expect(chooseVariant(policy, { cookieHeader: `osprn_consent=${cookie}`, gpc: false })).toEqual({
        banner: 'none',
        mask: 1,
      })
    }
  })
})
