import { createRequire } from 'node:module'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterEach, describe, expect, it, vi } from 'vitest'

import CacheHandler, { installCacheHandler } from '@/server/cacheHandler.mjs'
import { cacheClock, requestStartedAt, timeRequests } from '@/server/requestClock.mjs'

import { cacheHandlerOptions } from '../helpers/cacheHandlerOptions'

/** What Next.js asks of a cache handler, as far as these tests use it. */
interface Handler {
  get(key: string, ctx: object): Promise<{ value: unknown } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>
}
type HandlerClass = new (options: object) => Handler

// Next.js's own handler, as its server loads it.
const require = createRequire(import.meta.url)
const NextFileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js')
  .default as HandlerClass & { memoryCache?: Map<string, { lastModified?: number }> }
const OurCacheHandler = CacheHandler as unknown as HandlerClass

const options = cacheHandlerOptions

/** A cached query result, as `unstable_cache` stores one, tagged `tag`. */
function cachedResult(tag: string, body: string) {
  return {
    data: { kind: 'FETCH', data: { headers: {}, body: JSON.stringify(body), status: 200, url: '' }, revalidate: false },
    ctx: { fetchCache: true, tags: [tag] },
    read: { kind: 'FETCH', tags: [tag], softTags: [] },
  }
}

/** Runs `work` as a request would, under the preload's wrapper of Next.js's listener. */
function asRequest<T>(work: () => Promise<T>): Promise<T> {
  return timeRequests(work)()
}

/** A render that reads the data, sees the tag expire (an editor's change), then stores its result. */
async function renderAcrossAChange(handler: Handler, key: string, tag: string) {
  const { data, ctx, read } = cachedResult(tag, 'read before the change')
  await asRequest(async () => {
    await sleep(5)
    await handler.revalidateTag([tag], { expire: 0 })
    await sleep(5)
    await handler.set(key, data, ctx)
  })
  return handler.get(key, read)
}

let tags = 0
const newTag = () => `cache-handler-test-${++tags}`

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the cache handler', () => {
  it('does not keep what a request stored after a change it began before', async () => {
    const tag = newTag()
    expect(await renderAcrossAChange(new OurCacheHandler(options), `ours-${tag}`, tag)).toBeNull()
  })

  it('is needed: Next.js’s own handler keeps it (drop ours when this fails)', async () => {
    const tag = newTag()
    const kept = await renderAcrossAChange(new NextFileSystemCache(options), `next-${tag}`, tag)
    expect(kept?.value).toMatchObject({ kind: 'FETCH' })
  })

  it('keeps what a request began after the change, until the next change', async () => {
    const handler = new OurCacheHandler(options)
    const tag = newTag()
    const { data, ctx, read } = cachedResult(tag, 'fresh')
    await handler.revalidateTag([tag], { expire: 0 })
    await sleep(2)
    await asRequest(() => handler.set(`after-${tag}`, data, ctx))
    expect((await handler.get(`after-${tag}`, read))?.value).toEqual(data)
    await sleep(2)
    await handler.revalidateTag([tag], { expire: 0 })
    expect(await handler.get(`after-${tag}`, read)).toBeNull()
  })

  it('expires an entry at once when the system clock runs ahead of Next.js’s cache clock', async () => {
    // The system clock stepped a minute forward since the server started.
    const ahead = Date.now() + 60_000
    vi.spyOn(Date, 'now').mockImplementation(() => ahead)
    for (const [name, handler] of [
      ['ours', new OurCacheHandler(options)],
      ['next', new NextFileSystemCache(options)],
    ] as const) {
      const tag = newTag()
      const { data, ctx, read } = cachedResult(tag, 'before the change')
      await handler.set(`${name}-${tag}`, data, ctx)
      await sleep(2)
      await handler.revalidateTag([tag], { expire: 0 })
      const entry = await handler.get(`${name}-${tag}`, read)
      if (name === 'ours') expect(entry, 'ours').toBeNull()
      // Next.js's own handler still returns it (served once as stale): drop ours when this fails.
      else expect(entry?.value, 'next').toEqual(data)
    }
  })

  it('dates an entry stored outside any request (a build) from when it is stored', async () => {
    const handler = new OurCacheHandler(options)
    const tag = newTag()
    const { data, ctx } = cachedResult(tag, 'built')
    const before = cacheClock()
    await handler.set(`build-${tag}`, data, ctx)
    const entry = NextFileSystemCache.memoryCache?.get(`build-${tag}`)
    expect(entry?.lastModified).toBeGreaterThanOrEqual(before)
    expect(entry?.lastModified).toBeLessThanOrEqual(cacheClock())
  })
})

describe('installed by the preload', () => {
  it('is the handler of every cache Next.js creates for a request', () => {
    const { IncrementalCache } = require('next/dist/server/lib/incremental-cache/index.js') as {
      IncrementalCache: new (options: object) => { cacheHandler?: unknown }
    }
    const slot = Symbol.for('@next/cache-handlers')
    const global = globalThis as unknown as Record<symbol, unknown>
    const before = global[slot]
    try {
      installCacheHandler()
      const cache = new IncrementalCache({
        ...options,
        fs: require('next/dist/server/lib/node-fs-methods.js').nodeFs,
        requestHeaders: {},
        minimalMode: false,
        previewProps: { previewModeId: 'preview', previewModeSigningKey: 'key', previewModeEncryptionKey: 'key' },
        prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} },
      })
      expect(cache.cacheHandler).toBeInstanceOf(CacheHandler)
    } finally {
      global[slot] = before
    }
  })
})

describe('the request clock', () => {
  it('gives everything a request does, however late, the moment the request began', async () => {
    const seen: number[] = []
    const before = cacheClock()
    const listener = timeRequests(async () => {
      seen.push(requestStartedAt())
      await sleep(10)
      setTimeout(() => seen.push(requestStartedAt()), 5)
    })
    await listener()
    await sleep(20)
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBeGreaterThanOrEqual(before)
    expect(seen[1]).toBe(seen[0])
    // Outside a request: now.
    const now = requestStartedAt()
    expect(now).toBeGreaterThan(seen[0]! + 20)
  })
})
