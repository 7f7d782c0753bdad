import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import CacheHandler from '@/server/cacheHandler.mjs'
import { isPlainDocumentRequest, serveKeptPages, watchPageRequest } from '@/server/keptPages.mjs'
import { timeRequests } from '@/server/requestClock.mjs'
import { interceptHtml } from '@/server/securityHeaders.mjs'

import { cacheHandlerOptions } from '../helpers/cacheHandlerOptions'

/** What Next.js asks of a cache handler, as far as these tests use it. */
interface Handler {
  get(key: string, ctx: object): Promise<{ value: { html: string } } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>
}
const handler = new (CacheHandler as unknown as new (options: object) => Handler)(cacheHandlerOptions)

let tags = 0
/** The state of the page the stand-in for Next.js serves, per test. */
let page: { tag: string; renders: number; revalidate: number | false; status: number; setCookie: boolean }
let nextRequests: string[] = []

const keyOf = (url: string) => `/kept-pages-test${url}`

/**
 * Stands in for Next.js serving a page from its cache, as it does for a cached document: reads the
 * entry through the cache handler, renders and stores a new one when there is none (`MISS`),
 * else sends the entry's HTML (`HIT`), setting its headers one by one and ending with the HTML.
 */
async function next(req: http.IncomingMessage, res: http.ServerResponse) {
  nextRequests.push(req.url!)
  const key = keyOf(req.url!.split('?')[0]!)
  let entry = await handler.get(key, { kind: 'APP_PAGE', isFallback: false })
  const state = entry ? 'HIT' : 'MISS'
  if (!entry) {
    page.renders += 1
    const html = `<!DOCTYPE html><title>Render ${page.renders}</title><p>${'Cached page. '.repeat(200)}</p>`
    const value = { kind: 'APP_PAGE', html, headers: { 'x-next-cache-tags': `_N_T_/layout,${page.tag}` }, status: 200 }
    await handler.set(key, value, { cacheControl: { revalidate: page.revalidate, expire: 300 } })
    entry = { value }
  }
  res.statusCode = page.status
  res.setHeader('Vary', 'rsc, next-router-state-tree')
  res.setHeader('x-nextjs-cache', state)
  res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=240')
  if (page.setCookie) res.setHeader('Set-Cookie', 'session=1')
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.end(entry.value.html)
}

let server: http.Server
let base: string

beforeAll(async () => {
  server = http.createServer()
  // The preload's layers before Next.js: a header of their own, the HTML layer, the watch.
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    interceptHtml(res, req, () => null)
    watchPageRequest(req, res)
  })
  server.on('request', serveKeptPages(timeRequests(next)))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  page = { tag: `kept-pages-test-${++tags}`, renders: 0, revalidate: 60, status: 200, setCookie: false }
  nextRequests = []
})

let paths = 0
const newPath = () => `/q/page-${++paths}`

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

/** Requests a page until Next.js has served it as a HIT once (a render, then a HIT). */
async function keep(path: string) {
  expect((await get(path)).headers.get('x-nextjs-cache')).toBe('MISS')
  return get(path)
}

describe('pages served again without Next.js', () => {
  it('serves a page Next.js served as a HIT again, with its status, headers and HTML', async () => {
    const path = newPath()
    const hit = await keep(path)
    expect(hit.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(nextRequests).toHaveLength(2)
    for (let i = 0; i < 3; i++) {
      const again = await get(path)
      expect(again.status).toBe(200)
      expect(again.body).toBe(hit.body)
      for (const name of ['vary', 'x-nextjs-cache', 'cache-control', 'content-type', 'content-length']) {
        expect(again.headers.get(name), name).toBe(hit.headers.get(name))
      }
      // The earlier layers' own header once, as they set it, not again from the kept page.
      expect(again.headers.get('x-content-type-options')).toBe('nosniff')
    }
    expect(nextRequests, 'Next.js asked only for the render and the first HIT').toHaveLength(2)
  })

  it('keeps the status Next.js gave, such as the 404 page’s', async () => {
    page.status = 404
    const path = newPath()
    await keep(path)
    const again = await get(path)
    expect(again.status).toBe(404)
    expect(nextRequests).toHaveLength(2)
  })

  it('goes back to Next.js once a tag of the page expires (a publish), and keeps the new render', async () => {
    const path = newPath()
    await keep(path)
    await handler.revalidateTag([page.tag])
    const after = await get(path)
    expect(nextRequests).toHaveLength(3)
    expect(after.body).toContain('Render 2')
    expect(after.headers.get('x-nextjs-cache')).toBe('MISS')
    expect((await get(path)).body).toContain('Render 2')
    expect((await get(path)).body).toContain('Render 2')
    expect(nextRequests, 'the new render kept after its first HIT').toHaveLength(4)
  })

  it('goes back to Next.js once a tag is marked stale (revalidation in the background)', async () => {
    const path = newPath()
    await keep(path)
    await handler.revalidateTag([page.tag], { expire: 300 })
    await get(path)
    expect(nextRequests).toHaveLength(3)
  })

  it('goes back to Next.js once the page’s revalidation time has passed', async () => {
    page.revalidate = 0.2
    const path = newPath()
    await keep(path)
    await get(path)
    expect(nextRequests).toHaveLength(2)
    await sleep(250)
    await get(path)
    expect(nextRequests).toHaveLength(3)
  })

  it('goes back to Next.js once its cache holds another entry for the page', async () => {
    const path = newPath()
    const hit = await keep(path)
    const html = hit.body.replace('Render 1', 'Rendered elsewhere')
    await handler.set(
      keyOf(path),
      { kind: 'APP_PAGE', html, headers: { 'x-next-cache-tags': page.tag }, status: 200 },
      {
        cacheControl: { revalidate: 60, expire: 300 },
      },
    )
    const after = await get(path)
    expect(nextRequests).toHaveLength(3)
    expect(after.body).toContain('Rendered elsewhere')
  })

  it('keeps a page per address: another address, or variant, is Next.js’s to serve', async () => {
    const path = newPath()
    await keep(path)
    await get(`${path}-other`)
    expect(nextRequests).toHaveLength(3)
  })

  it('keeps nothing Next.js sent with a cookie', async () => {
    page.setCookie = true
    const path = newPath()
    await keep(path)
    await get(path)
    expect(nextRequests).toHaveLength(3)
  })

  it('leaves to Next.js every request it answers otherwise', async () => {
    const path = newPath()
    await keep(path)
    const others: [string, Record<string, string>][] = [
      [`${path}?_rsc=abc`, {}],
      [`${path}?utm_source=x`, {}],
      [path, { rsc: '1' }],
      [path, { 'next-router-prefetch': '1' }],
      [path, { 'next-router-state-tree': '%5B%5D' }],
      [path, { 'x-prerender-revalidate': 'secret' }],
      [path, { 'sec-fetch-dest': 'image' }],
      [path, { cookie: 'a=1; __prerender_bypass=token' }],
    ]
    for (const [url, headers] of others) await get(url, headers)
    expect(nextRequests).toHaveLength(2 + others.length)
    // A browser's navigation is a plain document request.
    await get(path, { 'sec-fetch-dest': 'document', cookie: 'osprn_consent=abc' })
    expect(nextRequests).toHaveLength(2 + others.length)
  })
})

describe('plain document requests', () => {
  const request = (method: string, url: string, headers: http.IncomingHttpHeaders = {}) =>
    ({ method, url, headers }) as http.IncomingMessage

  it('are GETs of an address without a query, with none of Next.js’s own request headers', () => {
    expect(isPlainDocumentRequest(request('GET', '/q/about', { accept: 'text/html' }))).toBe(true)
    expect(isPlainDocumentRequest(request('POST', '/q/about'))).toBe(false)
    expect(isPlainDocumentRequest(request('GET', '/q/about?x=1'))).toBe(false)
    for (const name of [
      'rsc',
      'next-action',
      'next-url',
      'x-nextjs-data',
      'x-prerender-revalidate-if-generated',
      'x-middleware-prefetch',
    ]) {
      expect(isPlainDocumentRequest(request('GET', '/q/about', { [name]: '1' })), name).toBe(false)
    }
    expect(isPlainDocumentRequest(request('GET', '/q/about', { cookie: '__next_preview_data=1' }))).toBe(false)
    expect(isPlainDocumentRequest(request('GET', '/q/about', { cookie: 'x__prerender_bypass=1' }))).toBe(true)
  })
})
