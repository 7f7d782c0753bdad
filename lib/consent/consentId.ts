import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

import type { ConsentChoice } from './consentState'

/** The shape of every id the server issues (a random UUID, version 4). */
export const CONSENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const signature = (id: string, secret: string) =>
  createHmac('sha256', `consent-id:${secret}`).update(id).digest('base64url')

/**
 * The id a consent choice and its proof record are filed under. The server issues it and signs it
 * with its secret (the signature travels in the cookie's `sig`); an id from a cookie is kept only
 * when its shape and signature hold, so nobody can file records under an id of their choosing.
 * Anything else (no cookie, a cookie from before ids were signed, a forged one) gets a fresh id.
 */
export function trustedConsentId(previous: ConsentChoice | null, secret: string): { id: string; sig: string } {
  if (previous?.sig && CONSENT_ID.test(previous.id)) {
    const expected = Buffer.from(signature(previous.id, secret))
    const given = Buffer.from(previous.sig)
    if (expected.length === given.length && timingSafeEqual(expected, given))
      return { id: previous.id, sig: previous.sig }
  }
  const id = randomUUID()
  return { id, sig: signature(id, secret) }
}
