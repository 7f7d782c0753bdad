/**
 * Records the address of each request's TCP peer in a header of its own, replacing any value a
 * client sent, because Next.js keeps a client's X-Forwarded-For as it is and does not expose the
 * connection. The contact form's rate limits read it (lib/abuse/clientAddress.ts) together with
 * TRUSTED_PROXY_HOPS. Remove once Next.js gives route handlers and actions the peer address.
 */
export const PEER_HEADER = 'x-osprn-peer-address'

/** @param {import('node:http').IncomingMessage} req */
export function recordPeer(req) {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? ''
}
