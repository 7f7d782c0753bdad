import { createHmac } from 'node:crypto'

import type { Pool } from 'pg'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { addressBucket, postgresLimiter } from '@/lib/abuse/rateLimits'

export interface SignInLimits {
  /** Attempts that did not succeed, per client address and account, within the window. */
  perAccount: number
  /** Attempts that did not succeed, per client address across all accounts, within the window. */
  perAddress: number
  windowSeconds: number
}

export interface SignInKeys {
  address: string | null
  /** The account named in the request (login, forgot-password); absent for reset-password. */
  email: string | null
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface SignInThrottle {
  /** Counts one attempt up front (so parallel attempts cannot slip past the limit). */
  take(keys: SignInKeys): Promise<ThrottleDecision>
  /** Gives a successful attempt back: success never counts towards a limit. */
  succeeded(keys: SignInKeys): Promise<void>
}

/** How an email is compared: the same way Payload's login finds the account. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase()

/**
 * Sign-in limits per client address and per client address and account, counted in PostgreSQL
 * (the contact form's rate-limit table, under keys of their own) so that they hold across restarts
 * and processes. There is deliberately no limit per account alone: whoever can use it up from
 * elsewhere could lock the real person out, which is what Payload's own lockout allowed.
 */
export function createSignInThrottle(pool: Pool, secret: string, limits: SignInLimits): SignInThrottle {
  const limiter = (keyPrefix: string, points: number) => postgresLimiter(pool, keyPrefix, points, limits.windowSeconds)
  const perAddress = limiter('signin-address', limits.perAddress)
  const perAccount = limiter('signin-address-account', limits.perAccount)
  const hash = (value: string) => createHmac('sha256', `signin-rate:${secret}`).update(value).digest('base64url')
  const keysOf = ({ address, email }: SignInKeys) => {
    const bucket = addressBucket(address)
    return {
      address: hash(bucket),
      account: email ? hash(`${bucket}\n${normaliseEmail(email)}`) : null,
    }
  }

  return {
    async take(keys) {
      const { address, account } = keysOf(keys)
      try {
        // Visitors whose address cannot be told share one bucket rather than escaping the limit.
        await perAddress.consume(address)
        if (account) await perAccount.consume(account)
        return { allowed: true }
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
      }
    },
    async succeeded(keys) {
      const { address, account } = keysOf(keys)
      await perAddress.reward(address)
      if (account) await perAccount.delete(account)
    },
  }
}
