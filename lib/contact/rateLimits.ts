import { createHmac } from 'node:crypto'
import { isIP } from 'node:net'

import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import type { HoldReason } from './statuses'

/** The table is part of the Payload schema (payload.config.ts), so migrations create it. */
export const RATE_LIMIT_TABLE = 'contact_rate_limits'

export interface ContactLimits {
  /** Messages one address may send: beyond it, it is refused (the only limit a visitor is refused by). */
  perAddress: number
  /** Messages one address counts towards one recipient's capacity: beyond it, they are held. */
  perSenderToRecipient: number
  /** Messages mailed to one recipient: beyond it, they are held for the team. */
  perRecipient: number
  /** Messages mailed through the form: beyond it, they are held for the team. */
  global: number
  /** Window of every limit, in seconds. */
  windowSeconds: number
}

/** `ok`: mail it; `refused`: the sender's own limit; otherwise why it is stored but held. */
export type LimitVerdict = 'ok' | 'refused' | HoldReason

export interface ContactRateLimiter {
  /**
   * Counts one message. Messages held as spam count against their sender's address only, so a
   * bot cannot use up a recipient's or the form's capacity; and one address counts at most
   * `perSenderToRecipient` times towards a recipient's, so one sender cannot use it up either.
   * Over a recipient's or the form's capacity a message is held, never refused: nobody is turned
   * away because of someone else.
   */
  take(keys: { address: string | null; recipient: string; spam?: boolean }): Promise<LimitVerdict>
  /**
   * Marks a form token as used, until `expiresAt`; false when it already was. Atomic, so of two
   * simultaneous submissions of one token only one gets true.
   */
  claimToken(tokenId: string, expiresAt: number): Promise<boolean>
  /** Gives a claimed token back, when its message was refused or could not be stored. */
  releaseToken(tokenId: string): Promise<void>
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
 * A limiter on the shared rate-limit table (contact form, sign-in, consent proofs), under its own
 * key prefix. Expired rows are removed by the nightly purge job, not by a timer in every process.
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

/**
 * Limits per client address, per recipient and for the whole form, counted in PostgreSQL so they
 * hold across restarts and across several server processes. Addresses are stored only as keyed
 * hashes, never as they are.
 */
export function createContactRateLimiter(pool: Pool, secret: string, limits: ContactLimits): ContactRateLimiter {
  const limiter = (keyPrefix: string, points: number) => postgresLimiter(pool, keyPrefix, points, limits.windowSeconds)
  const perAddress = limiter('contact-address', limits.perAddress)
  const perPair = limiter('contact-sender-recipient', limits.perSenderToRecipient)
  const perRecipient = limiter('contact-recipient', limits.perRecipient)
  const global = limiter('contact-global', limits.global)
  // "Seen once" markers of form tokens, in the same table; each row expires with its token.
  const usedTokens = limiter('contact-token', 1)
  const hash = (value: string) => createHmac('sha256', `contact-rate:${secret}`).update(value).digest('base64url')
  /** False when the bucket is used up; any other error (the database) propagates. */
  const consume = async (bucket: RateLimiterPostgres, key: string, options?: { customDuration: number }) => {
    try {
      await bucket.consume(key, 1, options)
      return true
    } catch (error) {
      if (error instanceof RateLimiterRes) return false
      throw error
    }
  }

  return {
    async take({ address, recipient, spam = false }) {
      // Visitors whose address cannot be told share one bucket rather than escaping the limit.
      const sender = addressBucket(address)
      if (!(await consume(perAddress, hash(sender)))) return 'refused'
      if (spam) return 'ok'
      if (!(await consume(perPair, hash(`${sender}\n${recipient}`)))) return 'sender-repeated'
      if (!(await consume(perRecipient, hash(recipient)))) return 'recipient-busy'
      if (!(await consume(global, hash('all')))) {
        // Not mailed, so it does not count towards the recipient's capacity either.
        await perRecipient.reward(hash(recipient), 1)
        return 'site-busy'
      }
      return 'ok'
    },
    async claimToken(tokenId, expiresAt) {
      const seconds = Math.max(1, Math.ceil((expiresAt - Date.now()) / 1000))
      return consume(usedTokens, hash(tokenId), { customDuration: seconds })
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
