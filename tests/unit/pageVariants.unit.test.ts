import { readdirSync, statSync } from 'node:fs'
import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { encodeConsent } from '@/lib/consent/consentState'
import { publishRoutingPolicy } from '@/server/consentVariant.mjs'
import { searchKeyOf, searchSegment } from '@/server/searchKey.mjs'
import {
  FILTERABLE_LISTINGS,
  isPagePath,
  NON_PAGE_PREFIXES,
  publicLocation,
  routePageRequest,
  variantUrl,
} from '@/server/pageVariants.mjs'

/** Every route outside the public page variants (route handlers, the admin), as a URL path. */
function routeHandlerPaths(dir = path.resolve('app'), prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (name === '[cv]') return []
    if (statSync(full).isDirectory()) {
      const segment = name.startsWith('(') ? '' : `/${name.replace(/^\[(.+)\]$/, 'x-$1')}`
      return routeHandlerPaths(full, prefix + segment)
    }
    if (name === 'route.ts' || name === 'page.tsx') return [prefix]
    return /^(sitemap|robots)\.ts$/.test(name) ? [`/${name === 'robots.ts' ? 'robots.txt' : 'sitemap.xml'}`] : []
  })
}

describe('which requests are pages', () => {
  it('rewrites page paths, never Next.js files, route handlers or files', () => {
    for (const page of ['/', '/about', '/what-is-social-prescribing/policy', '/projects/x', '/contact/sent']) {
      expect(isPagePath(page), page).toBe(true)
    }
    for (const other of ['/_next/static/a.js', '/__nextjs_original-stack-frame', '/api/pages', '/admin', '/admin/x']) {
      expect(isPagePath(other), other).toBe(false)
    }
    for (const other of ['/favicon.ico', '/feed.xml', '/events/x/calendar.ics', '/demo/site-statistics.js']) {
      expect(isPagePath(other), other).toBe(false)
    }
    // Left to Next.js: the trailing-slash redirect, and addresses a browser would read as another host.
    expect(isPagePath('/about/')).toBe(false)
    expect(isPagePath('//evil.example/x')).toBe(false)
  })

  it('leaves every route outside the page variants alone', () => {
    const handlers = routeHandlerPaths()
    expect(handlers.length).toBeGreaterThan(5)
    for (const handler of handlers) expect(isPagePath(handler), handler).toBe(false)
    for (const prefix of NON_PAGE_PREFIXES)
      expect(
        handlers.some((handler) => handler.startsWith(prefix)),
        prefix,
      ).toBe(true)
  })

  it('sends filtered listings to their per-request twin, and keeps the query', () => {
    expect(variantUrl('/', 'q')).toBe('/q')
    expect(variantUrl('/about?utm_source=x', 'n1')).toBe('/n1/about?utm_source=x')
    expect(variantUrl('/events', 'q')).toBe('/q/events')
    expect(variantUrl('/events?_rsc=abc', 'q')).toBe('/q/events?_rsc=abc')
    expect(variantUrl('/events?when=past&_rsc=abc', 'q')).toBe('/q/_list/events?when=past&_rsc=abc')
    for (const listing of FILTERABLE_LISTINGS)
      expect(variantUrl(`${listing}?page=2`, 'g')).toBe(`/g/_list${listing}?page=2`)
    expect(variantUrl('/members?page=2', 'q')).toBe('/q/members?page=2')
    expect(variantUrl('/feed.xml?x=1', 'q')).toBeNull()
    // A variant's internal address is no public address: it gets a code in front too.
    expect(variantUrl('/n1/about', 'q')).toBe('/q/n1/about')
  })
})

function request(headers: Record<string, string>, url: string) {
  const res = Object.assign(new EventEmitter(), {
    headers: new Map<string, string | string[]>(),
    setHeader(name: string, value: string) {
      this.headers.set(name.toLowerCase(), value)
      return this
    },
    appendHeader(name: string, value: string) {
      const key = name.toLowerCase()
      const current = this.headers.get(key)
      this.headers.set(key, current === undefined ? [value] : [...[current].flat(), value])
      return this
    },
  })
  const req = { url, headers } as unknown as IncomingMessage
  routePageRequest(req, res as unknown as ServerResponse)
  return { url: req.url, res }
}

describe('routePageRequest', () => {
  publishRoutingPolicy({ revision: 2, lifetimeDays: 365, choices: ['analytics/stats'] })
  const consent = encodeConsent({
    v: 1,
    id: 'abcdefgh',
    rev: 2,
    at: new Date().toISOString(),
    cat: ['analytics'],
    svc: ['analytics/stats'],
  })

  it('routes by the consent cookie and GPC', () => {
    expect(request({}, '/about').url).toBe('/q/about')
    expect(request({ cookie: `osprn_consent=${consent}` }, '/about').url).toBe('/n1/about')
    expect(request({ cookie: `osprn_consent=${consent}`, 'sec-gpc': '1' }, '/about').url).toBe('/g/about')
    expect(request({ cookie: 'osprn_consent=forged' }, '/about').url).toBe('/q/about')
    expect(request({}, '/api/pages').url).toBe('/api/pages')
  })

  it('lets no shared cache keep a page, and keeps Next.js’s no-store for dynamic ones', () => {
    const { res } = request({}, '/about')
    res.setHeader('Cache-Control', 's-maxage=31536000')
    expect(res.headers.get('cache-control')).toBe('private, no-cache')
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    expect(res.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
  })

  it('never lets an editor’s preview be stored', () => {
    const { res } = request({ cookie: '__prerender_bypass=abc' }, '/about')
    expect(res.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
    res.setHeader('Cache-Control', 's-maxage=31536000')
    expect(res.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
  })

  it('shows the confirmation once: the response that carries it expires its cookie', () => {
    const { url, res } = request({ cookie: `osprn_consent=${consent}; osprn_consent_notice=accepted` }, '/about')
    expect(url).toBe('/a1/about')
    expect(res.headers.get('set-cookie')).toEqual([expect.stringMatching(/^osprn_consent_notice=; Path=\/; Max-Age=0/)])
    expect(request({ cookie: `osprn_consent=${consent}` }, '/about').res.headers.get('set-cookie')).toBeUndefined()
  })

  it('leaves the confirmation to the page: a router request (prefetch) neither shows nor consumes it', () => {
    const cookie = `osprn_consent=${consent}; osprn_consent_notice=accepted`
    const prefetch = request({ cookie, rsc: '1', 'next-router-prefetch': '1' }, '/projects')
    expect(prefetch.url).toBe('/n1/projects')
    expect(prefetch.res.headers.get('set-cookie')).toBeUndefined()
    expect(request({ cookie }, '/about').url).toBe('/a1/about')
  })

  it('a redirect built from the internal address points to the public one', () => {
    expect(publicLocation('/q/projects?_rsc=abc', '/q')).toBe('/projects?_rsc=abc')
    expect(publicLocation('/n3/_list/events?when=past&page=2', '/n3')).toBe('/events?when=past&page=2')
    expect(publicLocation('/q?_rsc=abc', '/q')).toBe('/?_rsc=abc')
    expect(publicLocation('/q', '/q')).toBe('/')
    expect(publicLocation('/questions', '/q')).toBe('/questions')
    expect(publicLocation('https://elsewhere.example/q/x', '/q')).toBe('https://elsewhere.example/q/x')
  })
})

describe('search addresses', () => {
  it('address each search by one canonical query: filters in any order, spaces and repeats are the same page', () => {
    const key = searchSegment('q=green+space&type=news&type=report&year=2024')
    expect(variantUrl('/search?q=green+space&type=report&type=news&year=2024', 'q')).toBe(`/q/search/${key}`)
    expect(variantUrl('/search?year=2024&type=news&q=%20green%20%20space%20&type=report&type=news', 'q')).toBe(
      `/q/search/${key}`,
    )
    expect(variantUrl('/search?q=a&utm_source=x&page=2', 'n')).toBe(`/n/search/${searchSegment('q=a&page=2')}`)
  })

  it('carry every character of a search through the address unchanged, whatever decodes it on the way', () => {
    for (const q of ['C++', 'A&E = 100%', 'a+b&type=news', '%2B', 'café – “quoted”']) {
      const url = variantUrl(`/search?${new URLSearchParams({ q })}`, 'q') ?? ''
      const segment = url.split('/')[3] ?? ''
      expect(segment, q).toMatch(/^[A-Za-z0-9_-]+$/)
      for (const decode of [(value: string) => value, decodeURI, decodeURIComponent]) {
        expect(new URLSearchParams(searchKeyOf(decode(segment))).get('q'), q).toBe(q)
      }
    }
  })

  it('keep the result route to its own addresses: a visitor’s path below /search is no page', () => {
    for (const path of ['/search/q%3Dlink', '/search/%25', '/search/q%3D%2500', '/search/a/b']) {
      const url = variantUrl(path, 'q') ?? ''
      expect(url, path).toBe(`/q/_no-page${path}`)
      expect(url.startsWith('/q/search/'), path).toBe(false)
    }
  })

  it('send an empty search to the form page, and keep Next.js’s router marker', () => {
    expect(variantUrl('/search', 'q')).toBe('/q/search')
    expect(variantUrl('/search?q=%20%20&type=news', 'q')).toBe('/q/search')
    expect(variantUrl('/search?q=a&_rsc=abc', 'q')).toBe(`/q/search/${searchSegment('q=a')}?_rsc=abc`)
  })

  it('cap what a query string can add', () => {
    const long = 'x'.repeat(500)
    const url = variantUrl(`/search?q=${long}&${Array.from({ length: 50 }, (_, i) => `theme=t${i}`).join('&')}`, 'q')
    const key = new URLSearchParams(searchKeyOf(url?.split('/')[3] ?? ''))
    expect(key.get('q')).toHaveLength(200)
    expect(key.getAll('theme')).toHaveLength(20)
  })

  it('turn an internal search address back into the public one', () => {
    const key = searchSegment('q=green+space&type=news')
    expect(publicLocation(`/q/search/${key}`, '/q')).toBe('/search?q=green+space&type=news')
    expect(publicLocation(`/q/search/${key}?_rsc=1`, '/q')).toBe('/search?q=green+space&type=news&_rsc=1')
  })
})
