/**
 * Serves a page again from Next.js's cache without passing the request through Next.js, for as
 * long as Next.js would serve the same cache entry as a `HIT`.
 *
 * Next.js's handling of a cache hit (preparing the route module, its tracer, manifests, parsing
 * the URL again) was about 45 % of the server's time on a cached page, and held the smallest
 * pages under the benchmark's target (README, "How pages are served"). What it sends for a cached
 * document is the entry's HTML with the same headers every time, so the first `HIT` is kept here
 * (its status, the headers Next.js set, the entry it came from) by the page's internal address,
 * which names the consent variant (pageVariants.mjs). Later requests for that address get it again through
 * the same preload layers as Next.js's answer (security headers, policy, ETag and 304,
 * compression, securityHeaders.mjs), while all of these hold, checked on each request:
 * - the entry Next.js's cache holds for the page is the very entry the kept page came from (a
 *   render since, or an eviction, replaces it);
 * - none of its tags has expired or gone stale since it was stored (Next.js's own checks, on its
 *   own manifest of tag expiries: publishing, editing or a global change expires them);
 * - its revalidation time has not passed (pages whose output depends on the time revalidate after
 *   60 s): past it, Next.js serves the entry as `STALE` and renders it again in the background.
 * Anything else goes to Next.js, which decides as it always does; its next `HIT` is kept again.
 *
 * Nothing is copied: the HTML is the entry's, read from it on each request, and the entry is held
 * weakly, so a page Next.js's cache has let go of costs no memory here.
 *
 * Only a plain document request is served so: GET (or HEAD), no query string, none of the
 * headers with which Next.js answers otherwise (its router's `rsc` and `next-*` headers, an
 * on-demand revalidation), no preview cookie, and a `Sec-Fetch-Dest` of a document if any.
 */
import { createRequire } from 'node:module'

import { boundedMemo } from './boundedMemo.mjs'
import { cacheClock, pageRead } from './requestClock.mjs'

// Required, not imported: the very modules Next.js's server uses, as they export themselves.
const require = createRequire(import.meta.url)
/** @type {{ memoryCache?: { get(key: string): unknown } }} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
/** @type {typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')} */
const { areTagsExpired, areTagsStale } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/**
 * @typedef {object} KeptPage
 * @property {string} key the entry's key in Next.js's cache handler
 * @property {WeakRef<CacheEntry>} entry the entry the page came from (kept weakly: Next.js's cache decides how long it lives)
 * @property {string[]} tags the entry's cache tags
 * @property {number} freshUntil when Next.js would stop serving the entry as fresh, on its cache clock
 * @property {number} status
 * @property {[string, number | string | string[]][]} headers those Next.js set, in order
 */

/**
 * @typedef {object} CacheEntry an entry of Next.js's memory cache, as its file system cache keeps one
 * @property {number} lastModified
 * @property {{ revalidate?: number | false, expire?: number } | undefined} cacheControl
 * @property {{ kind?: string, headers?: Record<string, unknown>, html?: unknown, postponed?: unknown } | null} value
 */

/**
 * The pages kept, a few hundred bytes each: their HTML is read from the entry, which Next.js's
 * cache holds (or has let go, and then the page is not served and goes).
 */
const kept = /** @type {ReturnType<typeof boundedMemo<KeptPage>>} */ (boundedMemo(4000))

const WATCHED = Symbol('keptPages.watched')

/** @typedef {import('node:http').ServerResponse & { [WATCHED]?: { key: string, before: Set<string> } }} Response */

/** Cookies with which Next.js renders a page afresh: draft mode, and the Pages Router's preview. */
const PREVIEW_COOKIES = /(?:^|;)\s*(?:__prerender_bypass|__next_preview_data)=/

/**
 * Whether Next.js answers this request with the cached document of its address, whatever else it
 * carries: it reads nothing else of a GET for a cached page than these headers.
 * @param {import('node:http').IncomingMessage} req after the variant was chosen (its internal address)
 */
export function isPlainDocumentRequest(req) {
  if (req.method !== 'GET' || !req.url || req.url.includes('?')) return false
  const { headers } = req
  for (const name in headers) {
    if (name === 'rsc' || name.startsWith('next-') || name.startsWith('x-next') || name.startsWith('x-prerender')) {
      return false
    }
    if (name.startsWith('x-middleware') || name === 'x-matched-path' || name === 'x-now-route-matches') return false
  }
  const destination = headers['sec-fetch-dest']
  if (destination !== undefined && destination !== 'document') return false
  return !(headers.cookie && PREVIEW_COOKIES.test(headers.cookie))
}

/**
 * When Next.js would stop serving an entry as fresh (`IncrementalCache.get`): past its
 * revalidation or expiry time from when it was stored; never, for an entry without either. Null
 * when the entry does not say (one Next.js took from its build): such a page is not kept.
 * @param {CacheEntry} entry
 */
function freshUntil({ lastModified, cacheControl }) {
  if (!cacheControl || typeof lastModified !== 'number') return null
  const { revalidate, expire } = cacheControl
  if (typeof revalidate !== 'number' && revalidate !== false) return null
  const until = typeof revalidate === 'number' ? lastModified + revalidate * 1000 : Infinity
  return typeof expire === 'number' ? Math.min(until, lastModified + expire * 1000) : until
}

/** @param {string} key */
const currentEntry = (key) => /** @type {CacheEntry | undefined} */ (FileSystemCache.memoryCache?.get(key))

/**
 * The kept page's entry, if Next.js would serve it now as a `HIT`; else null.
 * @param {KeptPage} page
 */
export function servableEntry(page) {
  const entry = page.entry.deref()
  if (entry === undefined || currentEntry(page.key) !== entry || cacheClock() >= page.freshUntil) return null
  if (areTagsExpired(page.tags, entry.lastModified) || areTagsStale(page.tags, entry.lastModified)) return null
  return entry
}

/**
 * The request listener, after the preload's own ones: marks a plain document request, whose
 * response keepPage may keep.
 * @param {import('node:http').IncomingMessage} req
 * @param {Response} res
 */
export function watchPageRequest(req, res) {
  if (isPlainDocumentRequest(req)) res[WATCHED] = { key: /** @type {string} */ (req.url), before: new Set() }
}

/**
 * Wraps Next.js's request listener: a watched request whose page is kept and servable is answered
 * here; any other goes to Next.js.
 * @template {(req: import('node:http').IncomingMessage, res: Response) => any} L
 * @param {L} listener
 * @returns {L}
 */
export function serveKeptPages(listener) {
  return /** @type {L} */ (
    function servedFromKept(/** @type {import('node:http').IncomingMessage} */ req, /** @type {Response} */ res) {
      const watched = res[WATCHED]
      if (watched) {
        const page = kept.get(watched.key)
        const entry = page && servableEntry(page)
        if (page && entry) return replay(res, page, /** @type {string} */ (entry.value?.html))
        if (page) kept.delete(watched.key)
        // What the layers before Next.js set is theirs, not Next.js's answer.
        watched.before = new Set(res.getHeaderNames())
      }
      // @ts-expect-error `this` is the server, as Node calls a listener
      return listener.call(this, req, res)
    }
  )
}

/** @param {Response} res @param {KeptPage} page @param {string} html */
function replay(res, page, html) {
  res[WATCHED] = undefined
  res.statusCode = page.status
  for (const [name, value] of page.headers) res.setHeader(name, value)
  res.end(html)
}

/**
 * Called by the preload's HTML layer with a cached page Next.js is sending, before that layer adds
 * its own headers: keeps it if the request was watched, Next.js served it as a `HIT` from an entry
 * this request read, and that entry is still Next.js's current one for the page.
 * @param {Response} res
 * @param {unknown[] | null} head writeHead's arguments, if Next.js called it
 * @param {string} html
 */
export function keepPage(res, head, html) {
  const watched = res[WATCHED]
  if (!watched || res.getHeader('x-nextjs-cache') !== 'HIT') return
  if (head?.some((arg) => arg !== null && typeof arg === 'object')) return
  const read = pageRead()
  if (!read) return
  const entry = /** @type {CacheEntry} */ (read.entry)
  if (currentEntry(read.key) !== entry || entry.value?.kind !== 'APP_PAGE' || entry.value.postponed) return
  // What Next.js sends for a cached document is the entry's HTML, the very string.
  if (entry.value.html !== html) return
  const tagsHeader = entry.value.headers?.['x-next-cache-tags']
  const until = freshUntil(entry)
  if (typeof tagsHeader !== 'string' || until === null) return
  /** @type {KeptPage['headers']} */
  const headers = []
  for (const name of res.getRawHeaderNames()) {
    const value = res.getHeader(name)
    if (watched.before.has(name.toLowerCase()) || value === undefined) continue
    // Never handed to another visitor (Next.js sets none on a cached page).
    if (name.toLowerCase() === 'set-cookie') return
    headers.push([name, value])
  }
  const status = typeof head?.[0] === 'number' ? head[0] : res.statusCode
  kept.set(watched.key, {
    key: read.key,
    entry: new WeakRef(entry),
    tags: tagsHeader.split(','),
    freshUntil: until,
    status,
    headers,
  })
}
