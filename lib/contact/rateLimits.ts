import { createHmac } from 'node:crypto'
import { isIP } from 'node:net'

import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

/** The table is part of the Payload schema (payload.config.ts), so migrations create it. */
export const RATE_LIMIT_TABLE = 'contact_rate_limits'

export interface ContactLimits {
  perAddress: number
  perRecipient: number
  global: number
  /** Window of every limit, in seconds. */
  windowSeconds: number
}

export interface ContactRateLimiter {
  /**
   * Counts one message; false when any limit is already used up. Messages held as spam count
   * against their sender's address only, so a bot cannot use up a recipient's or the form's limit.
   */
  take(keys: { address: string | null; recipient: string; spam?: boolean }): Promise<boolean>
}

/** An IPv6 client usually holds a whole /64: its bucket is the /64, not one of its addresses. */
export function addressBucket(address: string | null): string {
  if (!address) return 'unknown'
  if (isIP(address) !== 6) return address
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * Limits per client address, per recipient and for the whole form, counted in PostgreSQL so they
 * hold across restarts and across several server processes. Addresses are stored only as keyed
 * hashes, never as they are.
 */
export function createContactRateLimiter(pool: Pool, secret: string, limits: ContactLimits): ContactRateLimiter {
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({
      storeClient: pool,
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      // Expired rows are removed by the nightly purge job, not by a timer in every process.
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration: limits.windowSeconds,
    })
  const perAddress = limiter('contact-address', limits.perAddress)
  const perRecipient = limiter('contact-recipient', limits.perRecipient)
  const global = limiter('contact-global', limits.global)
  const hash = (value: string) => createHmac('sha256', `contact-rate:${secret}`).update(value).digest('base64url')

  return {
    async take({ address, recipient, spam = false }) {
      try {
        // Visitors whose address cannot be told share one bucket rather than escaping the limit.
        await perAddress.consume(hash(addressBucket(address)))
        if (spam) return true
        await perRecipient.consume(hash(recipient))
        await global.consume(hash('all'))
        return true
      } catch (error) {
        if (error instanceof RateLimiterRes) return false
        throw error
      }
    },
  }
}

/** Deletes counters whose window has ended. */
export async function clearExpiredRateLimits(pool: Pool, now = Date.now()): Promise<number> {
  const result = await pool.query(`delete from "${RATE_LIMIT_TABLE}" where expire is not null and expire < $1`, [now])
  return result.rowCount ?? 0
}
