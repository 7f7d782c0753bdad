/**
 * Next.js's own cache (rendered pages and `unstable_cache` results, in memory), with two
 * corrections that keep a cached page from outliving a change to its content. The preload
 * installs it (`installCacheHandler`).
 *
 * 1. An entry is dated from when the request that produced it began, not from when it was
 *    stored. Next.js dates it on storing, so a render that read the data before an editor's
 *    change and finished after it was kept as newer than the change, and served until the next
 *    one. Dated from its request, it counts as expired, and the next visitor gets a fresh render.
 * 2. Tag expiries and entries are dated on the clock Next.js compares them with
 *    (`performance.timeOrigin + performance.now()`); it stamps them with `Date.now()`. When the
 *    system clock has been stepped forward since the server started, `Date.now()` runs ahead of
 *    that clock, and Next.js served an expired entry, once, as merely stale.
 *
 * It also notes which page entry a request read, for the preload to serve that page again while
 * Next.js would (keptPages.mjs).
 *
 * Storage, sizes, build output and tag checks stay Next.js's. What this relies on, and
 * tests/unit/cacheHandler.unit.test.ts checks against the installed Next.js: the class of its
 * default handler, its shared memory store of entries `{ value, lastModified }`, its manifest of
 * tag expiries, and the global slot through which a platform hands Next.js its cache handler.
 */
import { createRequire } from 'node:module'

import { cacheClock, notePageRead, requestStartedAt } from './requestClock.mjs'

// Required, not imported: the very modules Next.js's server uses, as they export themselves.
const require = createRequire(import.meta.url)
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
/** @type {typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest} */
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

export default class CacheHandler extends FileSystemCache {
  /**
   * As Next.js's; a page's entry is noted for the request that read it (keptPages.mjs).
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const data = await super.get(key, ctx)
    if (data?.value?.kind === 'APP_PAGE') notePageRead(key, data)
    return data
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    const startedAt = requestStartedAt()
    const stored = super.set(key, data, ctx)
    // Next.js has put the entry in its memory store before its first await.
    const entry = FileSystemCache.memoryCache?.get(key)
    if (entry && entry.value === data) entry.lastModified = startedAt
    return stored
  }

  /**
   * As Next.js's, on its comparison clock.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const now = cacheClock()
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      const entry = { ...tagsManifest.get(tag) }
      if (durations) {
        entry.stale = now
        if (durations.expire !== undefined) entry.expired = now + durations.expire * 1000
      } else {
        entry.expired = now
      }
      tagsManifest.set(tag, entry)
    }
  }
}

/**
 * Makes Next.js use this handler, through the slot a hosting platform uses to hand it one
 * (`globalThis[Symbol.for('@next/cache-handlers')].FetchCache`, read by each IncrementalCache).
 * Next.js's `cacheHandler` option would import the module again for every request: 7.5 % of
 * the server's time on a cached page, measured.
 */
export function installCacheHandler() {
  const slot = Symbol.for('@next/cache-handlers')
  const global = /** @type {Record<symbol, Record<string, unknown> | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  )
  global[slot] = { ...global[slot], FetchCache: CacheHandler }
}
