import type { Payload } from 'payload'

export interface ConsentProof {
  id: string
  method: 'accept' | 'reject' | 'custom'
  revision: number
  cat: string[]
  svc: string[]
}

/** The anonymous proof-of-consent record: the random id, the choice and the revision; no IP address. */
export async function recordConsent(payload: Payload, proof: ConsentProof): Promise<void> {
  await payload.create({
    collection: 'consent-records',
    data: {
      consentId: proof.id,
      method: proof.method,
      revision: proof.revision,
      categories: proof.cat,
      services: proof.svc,
    },
    depth: 0,
    overrideAccess: true,
  })
}
