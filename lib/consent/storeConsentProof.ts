import 'server-only'

import { getPayloadClient } from '@/lib/payload'

import { consentProofLimiter } from './consentRuntime'
import { keepConsentProof } from './keepConsentProof'
import type { ConsentProof } from './recordConsent'

/**
 * Keeps the anonymous record of a choice, within the address's hourly share. Never throws: it runs
 * after the response, and a slow or failing database must not hold up (or undo) a choice.
 */
export async function storeConsentProof(proof: ConsentProof, address: string | null): Promise<void> {
  try {
    const payload = await getPayloadClient()
    await keepConsentProof(payload, proof, { limiter: consentProofLimiter(payload), address })
  } catch (error) {
    console.error('[consent] proof of consent not recorded:', error)
  }
}
