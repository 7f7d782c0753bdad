import type { Payload } from 'payload'

import type { ConsentProofLimiter } from './proofLimits'
import { recordConsent, type ConsentProof } from './recordConsent'

/**
 * Writes the proof record of a choice unless its client address has already added its share this
 * hour: a script posting choices in a loop cannot fill the table. The choice itself (the cookie)
 * has taken effect either way. True when the record was written.
 */
export async function keepConsentProof(
  payload: Payload,
  proof: ConsentProof,
  { limiter, address }: { limiter: ConsentProofLimiter; address: string | null },
): Promise<boolean> {
  if (!(await limiter.allow(address))) return false
  await recordConsent(payload, proof)
  return true
}
