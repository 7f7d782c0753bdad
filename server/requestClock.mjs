/**
 * When the request now being served began, for the cache handler (cacheHandler.mjs): whatever a
 * request caches was produced from data read after that moment, never before it.
 *
 * The time is Next.js's own cache clock (`performance.timeOrigin + performance.now()`), the one
 * its cache compares entries and tag expiries with.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** @type {AsyncLocalStorage<number>} */
const storage = new AsyncLocalStorage()

/** Now, on Next.js's cache clock (milliseconds since 1970, with fractions). */
export function cacheClock() {
  return performance.timeOrigin + performance.now()
}

/** When the current request began, or now outside any request (a build, a script). */
export function requestStartedAt() {
  return storage.getStore() ?? cacheClock()
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
      // @ts-expect-error `this` is the server, as Node calls a listener
      return storage.run(cacheClock(), () => listener.apply(this, args))
    }
  )
}
