import { createHmac } from 'node:crypto'

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
  /** Counts one message; false when any limit is already used up. */
  take(keys: { address: string | null; recipient: string }): Promise<boolean>
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
    async take({ address, recipient }) {
      try {
        // Visitors whose address cannot be told share one bucket rather than escaping the limit.
        await perAddress.consume(hash(address ?? 'unknown'))
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
