/**
 * Preloaded into the web server (`node --import ./server/preload.mjs`, by `npm run dev`,
 * `npm start` and the Docker image). Every request passes through these listeners before
 * Next.js sees it:
 * - requestGuard.mjs refuses malformed and oversized requests (4xx) before any listener runs;
 * - peer-address.mjs records the TCP peer for the contact form's rate limits;
 * - pageVariants.mjs sends a page request to the cached variant for the visitor's consent;
 * - securityHeaders.mjs sets the security headers, and the Content-Security-Policy of each HTML
 *   page from the hashes of its framework scripts and the variant's consented services, and
 *   compresses each version of a page once (htmlCompression.mjs).
 * A page Next.js has served from its cache is then served again without it, for as long as
 * Next.js would serve the same entry (keptPages.mjs). Otherwise Next.js's own listener runs,
 * knowing when its request began (requestClock.mjs), which the cache handler installed here
 * (cacheHandler.mjs) dates what the request caches by.
 */
import http from 'node:http'
import https from 'node:https'

import { installCacheHandler } from './cacheHandler.mjs'
import { serveKeptPages, watchPageRequest } from './keptPages.mjs'
import { routePageRequest } from './pageVariants.mjs'
import { recordPeer } from './peer-address.mjs'
import { guardRequests } from './requestGuard.mjs'
import { timeRequests } from './requestClock.mjs'
import { secureResponse } from './securityHeaders.mjs'

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function beforeNext(req, res) {
  recordPeer(req)
  const page = routePageRequest(req, res)
  secureResponse(req, res, page ?? undefined)
  if (page) watchPageRequest(req, res)
}

installCacheHandler()

// The default export is the module object that require('node:http') returns, so Next.js's own
// createServer call goes through this wrapper.
for (const transport of [http, https]) {
  const createServer = transport.createServer
  // @ts-expect-error the wrapper keeps createServer's overloads
  transport.createServer = function createServerBeforeNext(...args) {
    const listener = args.findLastIndex((arg) => typeof arg === 'function')
    if (listener !== -1) args[listener] = serveKeptPages(timeRequests(args[listener]))
    const server = createServer.apply(this, args)
    server.prependListener('request', beforeNext)
    guardRequests(server)
    return server
  }
}
