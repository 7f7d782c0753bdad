import type { Pool } from 'pg'

import {
  addressBucket,
  consumePoint,
  keyHasher,
  postgresLimiter,
  tokenClaims,
  type TokenClaims,
} from '@/lib/abuse/rateLimits'

export interface CommentLimits {
  /** Comments one client address may send per window: beyond it, it is asked to wait. */
  perAddress: number
  /** Comments the form takes per window: beyond it, they are stored as spam for the team to look at. */
  global: number
  windowSeconds: number
}

/** `ok`: held for moderation; `refused`: the sender's own limit; `site-busy`: stored as spam. */
export type CommentVerdict = 'ok' | 'refused' | 'site-busy'

export interface CommentRateLimiter extends TokenClaims {
  /**
   * Counts one comment. Bots' comments count against their own address only; over the form's
   * capacity a comment is kept as spam, never refused, so nobody is turned away because of a flood.
   */
  take(keys: { address: string | null; spam?: boolean }): Promise<CommentVerdict>
}

/** The comment form's limits, in the shared rate-limit table under their own prefixes. */
export function createCommentRateLimiter(pool: Pool, secret: string, limits: CommentLimits): CommentRateLimiter {
  const perAddress = postgresLimiter(pool, 'comment-address', limits.perAddress, limits.windowSeconds)
  const global = postgresLimiter(pool, 'comment-global', limits.global, limits.windowSeconds)
  const hash = keyHasher('comment-rate', secret)
  return {
    async take({ address, spam = false }) {
      if (!(await consumePoint(perAddress, hash(addressBucket(address))))) return 'refused'
      if (spam) return 'ok'
      return (await consumePoint(global, hash('all'))) ? 'ok' : 'site-busy'
    },
    ...tokenClaims(pool, 'comment-token', hash),
  }
}
