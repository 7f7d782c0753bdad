import type { Pool } from 'pg'

import {
  addressBucket,
  consumePoint,
  keyHasher,
  postgresLimiter,
  tokenClaims,
  type TokenClaims,
} from '@/lib/abuse/rateLimits'

import type { HoldReason } from './statuses'

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

export interface ContactRateLimiter extends TokenClaims {
  /**
   * Counts one message. Messages held as spam count against their sender's address only, so a
   * bot cannot use up a recipient's or the form's capacity; and one address counts at most
   * `perSenderToRecipient` times towards a recipient's, so one sender cannot use it up either.
   * Over a recipient's or the form's capacity a message is held, never refused: nobody is turned
   * away because of someone else.
   */
  take(keys: { address: string | null; recipient: string; spam?: boolean }): Promise<LimitVerdict>
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
  const hash = keyHasher('contact-rate', secret)

  return {
    async take({ address, recipient, spam = false }) {
      // Visitors whose address cannot be told share one bucket rather than escaping the limit.
      const sender = addressBucket(address)
      if (!(await consumePoint(perAddress, hash(sender)))) return 'refused'
      if (spam) return 'ok'
      if (!(await consumePoint(perPair, hash(`${sender}\n${recipient}`)))) return 'sender-repeated'
      if (!(await consumePoint(perRecipient, hash(recipient)))) return 'recipient-busy'
      if (!(await consumePoint(global, hash('all')))) {
        // Not mailed, so it does not count towards the recipient's capacity either.
        await perRecipient.reward(hash(recipient), 1)
        return 'site-busy'
      }
      return 'ok'
    },
    ...tokenClaims(pool, 'contact-token', hash),
  }
}
