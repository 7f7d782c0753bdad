import 'server-only'

import type { Payload } from 'payload'

import { databasePool } from '@/lib/db/pool'
import { serverEnv } from '@/lib/env'

import { createConsentProofLimiter, type ConsentProofLimiter } from './proofLimits'

let limiter: ConsentProofLimiter | undefined

/** One limiter per server process, on Payload's own connection pool. */
export function consentProofLimiter(payload: Payload): ConsentProofLimiter {
  const env = serverEnv()
  limiter ??= createConsentProofLimiter(databasePool(payload), env.PAYLOAD_SECRET ?? '', {
    perAddress: env.CONSENT_PROOF_LIMIT_PER_IP,
    windowSeconds: 60 * 60,
  })
  return limiter
}
