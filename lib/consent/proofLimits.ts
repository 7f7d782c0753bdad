import { createHmac } from 'node:crypto'

import type { Pool } from 'pg'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { addressBucket, postgresLimiter } from '@/lib/abuse/rateLimits'

export interface ConsentProofLimiter {
  /** Counts one proof record for a client address; false once its limit for the window is used up. */
  allow(address: string | null): Promise<boolean>
}

/**
 * How many proof-of-consent records one client address may add per window, counted in the
 * contact form's rate-limit table (its own key prefix; addresses only as keyed hashes).
 */
export function createConsentProofLimiter(
  pool: Pool,
  secret: string,
  limits: { perAddress: number; windowSeconds: number },
): ConsentProofLimiter {
  const perAddress = postgresLimiter(pool, 'consent-proof', limits.perAddress, limits.windowSeconds)
  const hash = (value: string) => createHmac('sha256', `consent-rate:${secret}`).update(value).digest('base64url')
  return {
    async allow(address) {
      try {
        await perAddress.consume(hash(addressBucket(address)))
        return true
      } catch (error) {
        if (error instanceof RateLimiterRes) return false
        throw error
      }
    },
  }
}
