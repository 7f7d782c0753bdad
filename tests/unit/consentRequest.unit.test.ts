import { describe, expect, it, vi } from 'vitest'

import { consentCookieHeaders, hideNoticeCookieHeader } from '@/lib/consent/consentCookies'
import { isCrossSite } from '@/lib/consent/crossSite'
import { returnPath } from '@/lib/consent/returnPath'

const SITE = 'https://osprn.example.org'
const OWN = [SITE, 'http://127.0.0.1:3000']

/** Where the visitor lands: the route redirects to the returned path on the public address. */
const landing = (path: string) => new URL(path, SITE)

describe('the way back after a cookie choice never leaves the site', () => {
  it.each([
    ['a protocol-relative address', '//evil.example/path'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab or newline the URL parser drops', '/\t/evil.example'],
    ['a newline', '/\n/evil.example'],
    ['another host', 'https://evil.example/news'],
    ['this host on another scheme', 'http://osprn.example.org/news'],
    ['this host on another port', 'https://osprn.example.org:8443/news'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
    ['user info that names another host', 'https://osprn.example.org@evil.example/'],
  ])('refuses %s', (_, candidate) => {
    expect(returnPath(SITE, [candidate, null])).toBe('/')
  })

  it.each([
    ['percent-encoded slashes', '/%2F%2Fevil.example'],
    ['a percent-encoded backslash', '/%5Cevil.example'],
    ['a doubly encoded slash', '/%252F%252Fevil.example'],
  ])('keeps %s as a path on this site, never as a host', (_, candidate) => {
    const path = returnPath(SITE, [candidate, null])
    expect(path.startsWith('/')).toBe(true)
    expect(landing(path).origin).toBe(SITE)
  })

  it('never sends the visitor back to the consent handler itself (which answers only POST)', () => {
    expect(returnPath(SITE, ['/consent', null])).toBe('/')
    expect(returnPath(SITE, ['/consent?choice=accept', null])).toBe('/')
    expect(returnPath(SITE, [null, `${SITE}/consent`])).toBe('/')
  })

  it("ignores a foreign Referer and uses this site's own", () => {
    expect(returnPath(SITE, [null, 'https://evil.example/news'])).toBe('/')
    expect(returnPath(SITE, [null, `${SITE}/events?theme=2`])).toBe('/events?theme=2')
    // A bad returnTo does not hide a good Referer.
    expect(returnPath(SITE, ['//evil.example', `${SITE}/about`])).toBe('/about')
  })
})

describe('a cross-site consent change', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries)

  it('is refused when the browser names another site or a sibling subdomain', () => {
    expect(isCrossSite(headers({ 'sec-fetch-site': 'cross-site' }), OWN)).toBe(true)
    expect(isCrossSite(headers({ 'sec-fetch-site': 'same-site' }), OWN)).toBe(true)
  })

  it('is refused when Origin is another site, even without Sec-Fetch-Site', () => {
    expect(isCrossSite(headers({ origin: 'https://evil.example' }), OWN)).toBe(true)
    expect(isCrossSite(headers({ origin: 'https://osprn.example.org.evil.example' }), OWN)).toBe(true)
    expect(isCrossSite(headers({ origin: 'http://osprn.example.org' }), OWN)).toBe(true)
    expect(isCrossSite(headers({ origin: 'null' }), OWN)).toBe(true)
  })

  it("is refused on a foreign Origin even when Sec-Fetch-Site claims this site's own", () => {
    expect(isCrossSite(headers({ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }), OWN)).toBe(true)
  })

  it("is accepted from this site's pages, on its public or its own address, and from a typed address", () => {
    expect(isCrossSite(headers({ 'sec-fetch-site': 'same-origin', origin: SITE }), OWN)).toBe(false)
    expect(isCrossSite(headers({ origin: 'http://127.0.0.1:3000' }), OWN)).toBe(false)
    expect(isCrossSite(headers({ 'sec-fetch-site': 'none' }), OWN)).toBe(false)
    expect(isCrossSite(headers({}), OWN)).toBe(false)
  })
})

describe('the cookies of a saved choice', () => {
  const base = { value: 'encoded', lifetimeSeconds: 3600, notice: null, deletions: [], secure: true }

  it('store the choice first-party, HttpOnly, SameSite=Lax, Secure on https', () => {
    const [choice, ...rest] = consentCookieHeaders(base)
    expect(choice).toMatch(/^osprn_consent=encoded; Max-Age=3600; Path=\/; HttpOnly; Secure; SameSite=Lax$/)
    expect(rest).toEqual([])
    expect(consentCookieHeaders({ ...base, secure: false })[0]).not.toMatch(/Secure/)
  })

  it('carry the one-time confirmation only when asked, for five minutes', () => {
    const headers = consentCookieHeaders({ ...base, notice: 'accepted' })
    expect(headers[1]).toMatch(/^osprn_consent_notice=accepted; Max-Age=300; Path=\/; HttpOnly; Secure; SameSite=Lax$/)
  })

  it("expire the withdrawn services' cookies, and skip (and log) a name a cookie cannot have", () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const headers = consentCookieHeaders({
        ...base,
        deletions: [
          { name: '_ga', path: '/', domain: '.example.org' },
          { name: 'bad name;', path: '/' },
        ],
      })
      expect(headers.slice(1)).toEqual([
        '_ga=; Max-Age=0; Domain=.example.org; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      ])
      expect(logged).toHaveBeenCalledTimes(1)
      expect(String(logged.mock.calls[0]?.[0])).toContain('cannot expire cookie bad name;')
    } finally {
      logged.mockRestore()
    }
  })

  it('hide the cookie message by expiring the confirmation', () => {
    expect(hideNoticeCookieHeader()).toBe('osprn_consent_notice=; Max-Age=0; Path=/')
  })
})
