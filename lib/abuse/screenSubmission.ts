import type { ServerEnv } from '@/lib/env'

import { verifyCaptcha } from './captcha'
import { checkFormToken, formTokenIdentity, type FormPurpose } from './formToken'
import { honeypotFilled } from './honeypot'
import type { TokenClaims } from './rateLimits'

/** The hidden field that carries the signed form token. */
export const TOKEN_FIELD = 'formToken'

/** Signs of a bot: the submission is kept as spam, and the sender is answered as if it was accepted. */
export type BotSignal = 'honeypot' | 'too-fast' | 'bad-token' | 'replayed-token'

export type Screening =
  /** The token is older than a day (or, for `missingToken: 'resend'`, absent): ask to send again. */
  | { verdict: 'resend' }
  /** The CAPTCHA was not solved: ask to solve it and send again. */
  | { verdict: 'captcha' }
  /**
   * Passed (`spam: null`) or caught (`spam`: why). A token claimed here is marked used; call
   * `release` when the submission is then refused or not stored, so the visitor can send again.
   */
  | { verdict: 'screened'; spam: BotSignal | null; release: () => Promise<void> }

export interface ScreeningOptions {
  purpose: FormPurpose
  env: Pick<ServerEnv, 'PAYLOAD_SECRET' | 'CAPTCHA_PROVIDER' | 'CAPTCHA_SECRET_KEY' | 'CAPTCHA_VERIFY_URL'>
  /** The time-trap: a form sent sooner than this after it was shown is a bot's. */
  minAgeMs: number
  claims: TokenClaims
  address: string | null
  /**
   * What a submission without any token is. `spam` for a form rendered with its token; `resend`
   * for one served from a cache, whose token is fetched by script: without JavaScript, the
   * first submission carries none and is answered with a fresh token and the visitor's text.
   */
  missingToken: 'spam' | 'resend'
  now?: number
}

/**
 * The defences every visitor form shares, run on a submission whose fields are valid: honeypot,
 * signed single-use token with a time-trap, and the optional CAPTCHA. Rate limits are counted by
 * each form afterwards, since what they count differs.
 */
export async function screenSubmission(form: FormData, options: ScreeningOptions): Promise<Screening> {
  const { purpose, env, minAgeMs, claims, address, missingToken, now = Date.now() } = options
  const rawToken = form.get(TOKEN_FIELD)
  const noRelease = async () => {}
  if (honeypotFilled(form)) return { verdict: 'screened', spam: 'honeypot', release: noRelease }
  if (missingToken === 'resend' && (typeof rawToken !== 'string' || rawToken === '')) return { verdict: 'resend' }
  const token = checkFormToken(rawToken, env.PAYLOAD_SECRET ?? '', { now, minAgeMs, purpose })
  if (token === 'invalid') return { verdict: 'screened', spam: 'bad-token', release: noRelease }
  if (token === 'too-fast') return { verdict: 'screened', spam: 'too-fast', release: noRelease }
  if (token === 'stale') return { verdict: 'resend' }
  if (!(await verifyCaptcha(env as ServerEnv, form, address))) return { verdict: 'captcha' }

  // Single use: a token already used is a replay, held like the other bot signals. Claimed only
  // now, and given back by `release`, so a person whose submission was refused can send again.
  const claim = formTokenIdentity(rawToken as string)
  if (!(await claims.claimToken(claim.id, claim.expiresAt))) {
    return { verdict: 'screened', spam: 'replayed-token', release: noRelease }
  }
  return { verdict: 'screened', spam: null, release: () => claims.releaseToken(claim.id) }
}
