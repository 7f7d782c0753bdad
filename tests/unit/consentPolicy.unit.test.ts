import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { cookiesToDelete } from '@/lib/consent/cookieDeletions'
import {
  CONSENT_COOKIE,
  CONSENT_NOTICE_COOKIE,
  decodeConsent,
  encodeConsent,
  type ConsentChoice,
} from '@/lib/consent/consentState'
import {
  chooseConsent,
  consentedScripts,
  loadsScriptsFromElsewhere,
  routingPolicyFor,
  viewForVariant,
} from '@/lib/consent/policy'
import {
  validateCookieDomain,
  validateCookiePath,
  validateScriptUrl,
  validateUniqueSlugs,
} from '@/lib/consent/validation'
import type { CookieSetting } from '@/payload-types'
import {
  allVariantCodes,
  chooseVariant,
  MAX_OPTIONAL_CHOICES,
  parseVariantCode,
  variantCode,
} from '@/server/consentVariant.mjs'

const settings: Pick<CookieSetting, 'categories' | 'revision' | 'lifetimeDays'> = {
  revision: 3,
  lifetimeDays: 30,
  categories: [
    {
      slug: 'necessary',
      name: 'Necessary',
      necessary: true,
      description: 'Always on.',
      services: [{ slug: 'choices', name: 'Choices', provider: 'Us', purpose: 'Remembers.', cookies: [] }],
    },
    {
      slug: 'analytics',
      name: 'Analytics',
      necessary: false,
      description: 'Counts visits.',
      services: [
        {
          slug: 'stats',
          name: 'Stats',
          provider: 'Us',
          purpose: 'Counts.',
          scriptUrl: 'https://stats.example.org/s.js',
          cookies: [
            { name: '_st_*', path: '/', expiry: '1 year' },
            { name: '_st', domain: '.example.org', path: '/', expiry: '1 year' },
          ],
        },
        { slug: 'heatmap', name: 'Heatmap', provider: 'Them', purpose: 'Clicks.', cookies: [] },
      ],
    },
    { slug: 'video', name: 'Video', necessary: false, description: 'Embeds.', services: [] },
  ],
}

const now = Date.UTC(2026, 11, 1)
const choice = (overrides: Partial<ConsentChoice> = {}): ConsentChoice => ({
  v: 1,
  id: 'abcdefgh-1234',
  rev: 3,
  at: new Date(now - 1000).toISOString(),
  cat: ['analytics'],
  svc: ['analytics/stats'],
  ...overrides,
})

describe('consent cookie', () => {
  it('round-trips a choice and refuses anything else', () => {
    expect(decodeConsent(encodeConsent(choice()))).toEqual(choice())
    expect(decodeConsent('not base64 json')).toBeNull()
    expect(decodeConsent(Buffer.from('{"v":2}').toString('base64url'))).toBeNull()
    expect(decodeConsent(undefined)).toBeNull()
  })

  it('reads a value once and shares the result read-only', () => {
    const value = encodeConsent(choice({ id: 'shared-result-id' }))
    const first = decodeConsent(value)
    expect(decodeConsent(value)).toBe(first)
    expect(() => first?.svc.push('analytics/other')).toThrow(TypeError)
    expect(() => Object.assign(first ?? {}, { rev: 99 })).toThrow(TypeError)
    expect(decodeConsent(value)).toEqual(choice({ id: 'shared-result-id' }))
  })
})

const policy = routingPolicyFor(settings)
const cookieHeader = (value: ConsentChoice | string, extra = '') =>
  `${CONSENT_COOKIE}=${typeof value === 'string' ? value : encodeConsent(value)}${extra}`
const variantOf = (header: string | undefined, gpc = false) => chooseVariant(policy, { cookieHeader: header, gpc, now })
const viewOf = (header: string | undefined, gpc = false) =>
  viewForVariant(settings, parseVariantCode(variantCode(variantOf(header, gpc)))!)

describe('page variants', () => {
  it('lists the optional choices in policy order (services, and categories without services), with their scripts', () => {
    expect(policy).toEqual({
      revision: 3,
      lifetimeDays: 30,
      choices: ['analytics/stats', 'analytics/heatmap', 'video'],
      scripts: ['https://stats.example.org/s.js', null, null],
    })
  })

  it('tells when agreeing loads a script from another origin (the open page’s policy does not allow it)', () => {
    expect(loadsScriptsFromElsewhere(settings, new Set(['analytics/stats']), 'https://osprn.example.org')).toBe(true)
    expect(loadsScriptsFromElsewhere(settings, new Set(['analytics/heatmap']), 'https://osprn.example.org')).toBe(false)
    expect(loadsScriptsFromElsewhere(settings, new Set(['analytics/stats']), 'https://stats.example.org')).toBe(false)
  })

  it('asks a visitor without a choice, and allows nothing optional', () => {
    expect(variantCode(variantOf(undefined))).toBe('q')
    const view = viewOf(undefined)
    expect(view).toMatchObject({ ask: true, chosen: false, gpc: false, notice: null })
    expect([...view.services]).toEqual([])
    expect(consentedScripts(settings, view)).toEqual([])
  })

  it('honours a current choice, through the variant code alone', () => {
    expect(variantCode(variantOf(cookieHeader(choice())))).toBe('n1')
    const view = viewOf(cookieHeader(choice()))
    expect(view).toMatchObject({ ask: false, chosen: true })
    expect([...view.services]).toEqual(['analytics/stats'])
    expect([...view.categories]).toEqual(['analytics'])
    expect(consentedScripts(settings, view)).toEqual(['https://stats.example.org/s.js'])
    const all = choice({ cat: ['analytics', 'video'], svc: ['analytics/stats', 'analytics/heatmap'] })
    expect(variantCode(variantOf(cookieHeader(all)))).toBe('n7')
    expect([...viewOf(cookieHeader(all)).categories]).toEqual(['analytics', 'video'])
  })

  it('asks again after a new revision, once the lifetime has passed, or for an unreadable cookie', () => {
    expect(variantCode(variantOf(cookieHeader(choice({ rev: 2 }))))).toBe('q')
    const old = choice({ at: new Date(now - 31 * 24 * 3600 * 1000).toISOString() })
    expect(variantCode(variantOf(cookieHeader(old)))).toBe('q')
    expect(variantCode(variantOf(cookieHeader('not-base64-json')))).toBe('q')
    expect(variantCode(chooseVariant(null, { cookieHeader: cookieHeader(choice()), gpc: false, now }))).toBe('q')
  })

  it('treats Global Privacy Control as a rejection, without asking', () => {
    expect(variantCode(variantOf(cookieHeader(choice()), true))).toBe('g')
    const view = viewOf(cookieHeader(choice()), true)
    expect(view).toMatchObject({ gpc: true, ask: false })
    expect([...view.services]).toEqual([])
    expect(consentedScripts(settings, view)).toEqual([])
    expect(viewOf(undefined, true).ask).toBe(false)
  })

  it('shows the one-time confirmation after a choice made without JavaScript', () => {
    const notice = `; ${CONSENT_NOTICE_COOKIE}=accepted`
    expect(variantCode(variantOf(cookieHeader(choice(), notice)))).toBe('a1')
    expect(viewOf(cookieHeader(choice(), notice))).toMatchObject({ notice: 'accepted', ask: false })
    expect(variantCode(variantOf(cookieHeader(choice({ rev: 2 }), notice)))).toBe('q')
    expect(variantCode(variantOf(`${CONSENT_NOTICE_COOKIE}=bogus`))).toBe('q')
  })

  it('ignores services that are no longer in the policy', () => {
    expect(variantCode(variantOf(cookieHeader(choice({ svc: ['analytics/stats', 'gone/old'] }))))).toBe('n1')
  })

  it('never names more variants than the bound, whatever the cookies say', () => {
    const codes = new Set(allVariantCodes())
    expect(codes.size).toBe(2 + 4 * 2 ** MAX_OPTIONAL_CHOICES)
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), (consent, notice, gpc) => {
        const header = `${CONSENT_COOKIE}=${encodeURIComponent(consent)}; ${CONSENT_NOTICE_COOKIE}=${encodeURIComponent(notice)}`
        return codes.has(variantCode(variantOf(header, gpc)))
      }),
    )
    fc.assert(
      fc.property(
        fc.record({
          v: fc.constant(1 as const),
          id: fc.constant('abcdefgh'),
          rev: fc.constant(3),
          at: fc.constant(new Date(now).toISOString()),
          cat: fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }),
          svc: fc.array(fc.string({ maxLength: 81 }), { maxLength: 200 }),
        }),
        (stored) => codes.has(variantCode(variantOf(cookieHeader(stored)))),
      ),
    )
    for (const code of codes) expect(variantCode(parseVariantCode(code)!)).toBe(code)
    for (const code of ['', 'x', 'q0', 'n', 'n10', 'ng', 'N1', 'a1 ', '../n1'])
      expect(parseVariantCode(code)).toBeNull()
  })
})

describe('chooseConsent', () => {
  it('accepts every optional service, rejects all, or takes what was ticked', () => {
    expect(chooseConsent(settings, { kind: 'accept' })).toEqual({
      cat: ['analytics', 'video'],
      svc: ['analytics/stats', 'analytics/heatmap'],
    })
    expect(chooseConsent(settings, { kind: 'reject' })).toEqual({ cat: [], svc: [] })
    expect(
      chooseConsent(settings, {
        kind: 'custom',
        categories: ['video', 'necessary'],
        services: ['analytics/heatmap', 'x/y'],
      }),
    ).toEqual({ cat: ['analytics', 'video'], svc: ['analytics/heatmap'] })
  })
})

describe('cookiesToDelete', () => {
  it('expires the withdrawn service’s cookies, matched by pattern, on this site and the parent domain', () => {
    const deletions = cookiesToDelete(settings, new Set(['analytics/stats']), [
      '_st_a',
      '_st_b',
      'other',
      'osprn_consent',
    ])
    expect(deletions).toEqual([
      { name: '_st_a', domain: undefined, path: '/' },
      { name: '_st_b', domain: undefined, path: '/' },
      { name: '_st', domain: undefined, path: '/' },
      { name: '_st', domain: '.example.org', path: '/' },
    ])
    expect(cookiesToDelete(settings, new Set(), ['_st_a'])).toEqual([])
  })

  it('never expires the consent or sign-in cookies, whatever a pattern matches', () => {
    const greedy = {
      categories: [
        {
          slug: 'all',
          name: 'All',
          necessary: false,
          description: 'Too broad.',
          services: [
            { slug: 'x', name: 'X', provider: 'X', purpose: 'X', cookies: [{ name: '*', path: '/', expiry: '1 day' }] },
          ],
        },
      ],
    }
    const names = cookiesToDelete(greedy, new Set(['all/x']), ['osprn_consent', 'payload-token', 'tracker']).map(
      (deletion) => deletion.name,
    )
    expect(names).toEqual(['tracker'])
  })
})

describe('validateScriptUrl', () => {
  it('allows https, site paths and loopback http only', () => {
    expect(validateScriptUrl('https://stats.example.org/s.js')).toBe(true)
    expect(validateScriptUrl('/demo/site-statistics.js')).toBe(true)
    expect(validateScriptUrl('http://127.0.0.1:4000/x.js')).toBe(true)
    expect(validateScriptUrl('')).toBe(true)
    expect(validateScriptUrl('http://stats.example.org/s.js')).toMatch(/https/)
    expect(validateScriptUrl('//evil.example/x.js')).toMatch(/https/)
    expect(validateScriptUrl('javascript:alert(1)')).toMatch(/https/)
    expect(validateScriptUrl('/\\evil.example/x.js')).toMatch(/https/)
  })

  it('checks cookie domains and paths, and that slugs are unique', () => {
    expect(validateCookieDomain('.example.org')).toBe(true)
    expect(validateCookieDomain('bad domain; path=/')).toMatch(/domain/)
    expect(validateCookiePath('/events')).toBe(true)
    expect(validateCookiePath('events;')).toMatch(/path/)
    expect(validateUniqueSlugs([{ slug: 'a' }, { slug: 'b' }])).toBe(true)
    expect(validateUniqueSlugs([{ slug: 'a' }, { slug: 'a' }])).toMatch(/"a" is used twice/)
  })
})
