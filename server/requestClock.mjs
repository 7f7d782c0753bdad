/**
 * What the request now being served has to tell the cache handler (cacheHandler.mjs) and the
 * cache handler has to tell the preload:
 * - when the request began: whatever it caches was produced from data read after that moment,
 *   never before it;
 * - which cached page it read (server/keptPages.mjs serves that page again while Next.js would).
 *
 * The time is Next.js's own cache clock (`performance.timeOrigin + performance.now()`), the one
 * its cache compares entries and tag expiries with.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * @typedef {object} PageRead a page's entry in Next.js's cache, as its cache handler returned it
 * @property {string} key the entry's key in the handler
 * @property {object} entry the entry, `{ value, lastModified, cacheControl }`
 */

/**
 * @typedef {object} RequestRecord
 * @property {number} startedAt
 * @property {PageRead | null} pageRead the one page entry the request read, or null (none, or
 *   more than one)
 * @property {number} pageReads how many it read
 */

/** @type {AsyncLocalStorage<RequestRecord>} */
const storage = new AsyncLocalStorage()

/** Now, on Next.js's cache clock (milliseconds since 1970, with fractions). */
export function cacheClock() {
  return performance.timeOrigin + performance.now()
}

/** When the current request began, or now outside any request (a build, a script). */
export function requestStartedAt() {
  return storage.getStore()?.startedAt ?? cacheClock()
}

/**
 * Notes that the current request read a page's entry from the cache. A request that reads more
 * than one has no single page to name.
 * @param {string} key @param {object} entry
 */
export function notePageRead(key, entry) {
  const record = storage.getStore()
  if (!record) return
  record.pageReads += 1
  record.pageRead = record.pageReads === 1 ? { key, entry } : null
}

/** The one page entry the current request read from the cache, or null. */
export function pageRead() {
  return storage.getStore()?.pageRead ?? null
}

/**
 * Wraps a `request` listener so that everything it does, including work it leaves running after
 * the response (background regeneration), knows when its request began.
 * @template {(...args: any[]) => any} L
 * @param {L} listener
 * @returns {L}
 */
export function timeRequests(listener) {
  return /** @type {L} */ (
    function timedRequest(/** @type {any[]} */ ...args) {
      /** @type {RequestRecord} */
      const record = { startedAt: cacheClock(), pageRead: null, pageReads: 0 }
      // @ts-expect-error `this` is the server, as Node calls a listener
      return storage.run(record, () => listener.apply(this, args))
    }
  )
}
