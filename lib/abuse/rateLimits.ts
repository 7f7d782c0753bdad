import { createHmac } from 'node:crypto'
import { isIP } from 'node:net'

import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * The shared rate-limit table (contact form, comments, sign-in, consent proofs), each user under
 * its own key prefix. Part of the Payload schema (payload.config.ts), so migrations create it.
 */
export const RATE_LIMIT_TABLE = 'contact_rate_limits'

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
 * A limiter on the shared rate-limit table, under its own key prefix. Expired rows are removed by
 * the nightly purge job, not by a timer in every process.
 */
export function postgresLimiter(pool: Pool, keyPrefix: string, points: number, windowSeconds: number) {
  return new RateLimiterPostgres({
    storeClient: pool,
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: windowSeconds,
  })
}

/** Keys are stored only as keyed hashes: an address never reaches the table as it is. */
export function keyHasher(purpose: string, secret: string): (value: string) => string {
  return (value) => createHmac('sha256', `${purpose}:${secret}`).update(value).digest('base64url')
}

/** Takes one point: false when the bucket is used up; any other error (the database) propagates. */
export async function consumePoint(
  bucket: RateLimiterPostgres,
  key: string,
  options?: { customDuration: number },
): Promise<boolean> {
  try {
    await bucket.consume(key, 1, options)
    return true
  } catch (error) {
    if (error instanceof RateLimiterRes) return false
    throw error
  }
}

export interface TokenClaims {
  /**
   * Marks a form token as used, until `expiresAt`; false when it already was. Atomic, so of two
   * simultaneous submissions of one token only one gets true.
   */
  claimToken(tokenId: string, expiresAt: number): Promise<boolean>
  /** Gives a claimed token back, when its submission was refused or could not be stored. */
  releaseToken(tokenId: string): Promise<void>
}

/** "Seen once" markers of a form's tokens, in the shared table; each row expires with its token. */
export function tokenClaims(pool: Pool, keyPrefix: string, hash: (value: string) => string): TokenClaims {
  const usedTokens = postgresLimiter(pool, keyPrefix, 1, 60)
  return {
    async claimToken(tokenId, expiresAt) {
      const seconds = Math.max(1, Math.ceil((expiresAt - Date.now()) / 1000))
      return consumePoint(usedTokens, hash(tokenId), { customDuration: seconds })
    },
    async releaseToken(tokenId) {
      await usedTokens.delete(hash(tokenId))
    },
  }
}

/** Deletes counters whose window has ended. */
export async function clearExpiredRateLimits(pool: Pool, now = Date.now()): Promise<number> {
  const result = await pool.query(`delete from "${RATE_LIMIT_TABLE}" where expire is not null and expire < $1`, [now])
  return result.rowCount ?? 0
}
