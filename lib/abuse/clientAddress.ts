import { isIP } from 'node:net'

/** Set by server/peer-address.mjs (preloaded) from the TCP connection: whatever a client sends under this name is replaced. */
export const PEER_HEADER = 'x-osprn-peer-address'

interface HeaderSource {
  get(name: string): string | null
}

const normalise = (value: string) => {
  const trimmed = value.trim().replace(/^\[|\]$/g, '')
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

/**
 * The visitor's address for rate limiting. The chain is X-Forwarded-For followed by the address
 * of the TCP peer; each trusted proxy in front of the site appended one entry, so the client is
 * the entry `hops` places from the right. Entries further left were written by the client and are
 * never trusted. Returns null when the peer is unknown, the chain is too short, or the entry is
 * not an IP address. With TRUSTED_PROXY_HOPS above 0 the site's port must be reachable only
 * through those proxies.
 */
export function clientAddress(headers: HeaderSource, hops: number): string | null {
  const peer = headers.get(PEER_HEADER)
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Without the peer header (a server started without the preload) nothing in the chain can be
  // checked: Next.js fills in X-Forwarded-For only when the client sent none.
  if (!peer) return null
  const chain = [...forwarded, peer]
  const entry = chain[chain.length - 1 - hops]
  if (!entry) return null
  const address = normalise(entry)
  return isIP(address) ? address : null
}
