import { describe, expect, it } from 'vitest'

import { cookiesToDelete } from '@/lib/consent/cookieDeletions'
import { decodeConsent, encodeConsent, type ConsentChoice } from '@/lib/consent/consentState'
import { chooseConsent, consentedScripts, viewConsent } from '@/lib/consent/policy'
import {
  validateCookieDomain,
  validateCookiePath,
  validateScriptUrl,
  validateUniqueSlugs,
} from '@/lib/consent/validation'
import type { CookieSetting } from '@/payload-types'

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
})

describe('viewConsent', () => {
  it('asks a visitor without a choice, and allows nothing optional', () => {
    const view = viewConsent(settings, null, false, now)
    expect(view).toMatchObject({ status: 'unset', ask: true })
    expect([...view.services]).toEqual([])
  })

  it('honours a current choice', () => {
    const view = viewConsent(settings, choice(), false, now)
    expect(view).toMatchObject({ status: 'given', ask: false })
    expect([...view.services]).toEqual(['analytics/stats'])
    expect(consentedScripts(settings, view)).toEqual(['https://stats.example.org/s.js'])
  })

  it('asks again after a new revision or once the lifetime has passed', () => {
    expect(viewConsent(settings, choice({ rev: 2 }), false, now)).toMatchObject({ status: 'outdated', ask: true })
    const old = choice({ at: new Date(now - 31 * 24 * 3600 * 1000).toISOString() })
    expect(viewConsent(settings, old, false, now)).toMatchObject({ status: 'expired', ask: true })
    expect([...viewConsent(settings, old, false, now).services]).toEqual([])
  })

  it('treats Global Privacy Control as a rejection, without asking', () => {
    const view = viewConsent(settings, choice(), true, now)
    expect(view).toMatchObject({ gpc: true, ask: false })
    expect([...view.services]).toEqual([])
    expect(consentedScripts(settings, view)).toEqual([])
    expect(viewConsent(settings, null, true, now).ask).toBe(false)
  })

  it('ignores services that are no longer in the policy', () => {
    const view = viewConsent(settings, choice({ svc: ['analytics/stats', 'gone/old'] }), false, now)
    expect([...view.services]).toEqual(['analytics/stats'])
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
