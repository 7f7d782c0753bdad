import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The time-trap: the form carries the moment it was shown, signed with the server's secret, so a
 * bot can neither post without loading the form nor forge an older time to look patient.
 */
export type TokenCheck = 'ok' | 'too-fast' | 'stale' | 'invalid'

export const FORM_MAX_AGE_MS = 24 * 60 * 60 * 1000

/** Which form a token belongs to: a token of one form is forged for another. */
export type FormPurpose = 'contact' | 'comment'

const signature = (secret: string, payload: string, purpose: FormPurpose) =>
  createHmac('sha256', `${purpose}-form-token:${secret}`).update(payload).digest('base64url')

export function issueFormToken(secret: string, now = Date.now(), purpose: FormPurpose = 'contact'): string {
  const payload = `${now.toString(36)}.${randomBytes(9).toString('base64url')}`
  return `${payload}.${signature(secret, payload, purpose)}`
}

/** A fresh token for the comment form. */
export const issueCommentToken = (secret: string, now = Date.now()) => issueFormToken(secret, now, 'comment')

export function checkFormToken(
  token: unknown,
  secret: string,
  {
    now = Date.now(),
    minAgeMs,
    maxAgeMs = FORM_MAX_AGE_MS,
    purpose = 'contact',
  }: { now?: number; minAgeMs: number; maxAgeMs?: number; purpose?: FormPurpose },
): TokenCheck {
  if (typeof token !== 'string' || token.length > 200) return 'invalid'
  const parts = token.split('.')
  if (parts.length !== 3) return 'invalid'
  const [issued, nonce, given] = parts as [string, string, string]
  const expected = Buffer.from(signature(secret, `${issued}.${nonce}`, purpose))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return 'invalid'
  const issuedAt = Number.parseInt(issued, 36)
  if (!Number.isFinite(issuedAt) || issuedAt > now + 60_000) return 'invalid'
  if (now - issuedAt < minAgeMs) return 'too-fast'
  if (now - issuedAt > maxAgeMs) return 'stale'
  return 'ok'
}

/**
 * What identifies a token that passed `checkFormToken` (its signed time and nonce), and when it
 * stops being accepted: the key under which it is marked as used, and how long that mark must last.
 */
export function formTokenIdentity(token: string, maxAgeMs = FORM_MAX_AGE_MS): { id: string; expiresAt: number } {
  const [issued = '', nonce = ''] = token.split('.')
  return { id: `${issued}.${nonce}`, expiresAt: Number.parseInt(issued, 36) + maxAgeMs }
}
