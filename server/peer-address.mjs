/**
 * Preloaded into the web server (`node --import ./server/peer-address.mjs`): records the address
 * of each request's TCP peer in a header of its own, replacing any value a client sent, because
 * Next.js keeps a client's X-Forwarded-For as it is and does not expose the connection. The
 * contact form's rate limits read it (lib/contact/clientAddress.ts) together with
 * TRUSTED_PROXY_HOPS. Remove once Next.js gives route handlers and actions the peer address.
 */
import http from 'node:http'
import https from 'node:https'

const HEADER = 'x-osprn-peer-address'

function recordPeer(req) {
  req.headers[HEADER] = req.socket?.remoteAddress ?? ''
}

// The default export is the module object that require('node:http') returns, so Next.js's own
// createServer call goes through this wrapper.
for (const transport of [http, https]) {
  const createServer = transport.createServer
  transport.createServer = function createServerWithPeer(...args) {
    const server = createServer.apply(this, args)
    server.prependListener('request', recordPeer)
    return server
  }
}
