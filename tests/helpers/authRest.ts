import { randomBytes } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'

import { createSignInThrottle, type SignInLimits, type SignInThrottle } from '@/lib/auth/signInThrottle'
import { withSignInThrottle } from '@/lib/auth/throttleSignIn'
import { PEER_HEADER } from '@/lib/abuse/clientAddress'
import config from '@/payload.config'

import type { RestResponse } from './accessRest'

export interface AuthRequest {
  method?: 'GET' | 'POST' | 'PATCH'
  body?: unknown
  token?: string
  /** The TCP peer, as server/peer-address.mjs records it. */
  address?: string
}

/** Payload's REST handler behind the sign-in limits, the way app/(payload)/api/[...slug]/route.ts mounts it. */
export interface AuthRest {
  throttle: SignInThrottle
  /** What the handler logged as errors (work after an early answer, limits that could not be read). */
  errors: unknown[]
  send(path: string, request?: AuthRequest): Promise<RestResponse & { headers: Headers }>
}

/**
 * Sign-in limits with counters of their own (a fresh secret keys them), unless `secret` is given:
 * two made with the same secret share their counters, like two server processes.
 */
export function authRest(payload: Payload, limits: Partial<SignInLimits> = {}, secret?: string): AuthRest {
  const throttle = createSignInThrottle(
    (payload.db as unknown as PostgresAdapter).pool,
    secret ?? `signin-${randomBytes(6).toString('hex')}`,
    { perAccount: 10, perAddress: 30, windowSeconds: 15 * 60, ...limits },
  )
  const errors: unknown[] = []
  const handler = withSignInThrottle((request: Request) => handleEndpoints({ config, request }), {
    throttle: async () => throttle,
    trustedProxyHops: 0,
    logError: (error) => errors.push(error),
  })
  return {
    throttle,
    errors,
    async send(path, { method = 'POST', body, token, address = '203.0.113.10' } = {}) {
      const headers: Record<string, string> = { [PEER_HEADER]: address }
      if (token) headers.Authorization = `JWT ${token}`
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      const response = await handler(
        new Request(new URL(`/api${path}`, 'http://localhost:3000'), {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      )
      const text = await response.text()
      return {
        status: response.status,
        headers: response.headers,
        text,
        body: text ? (JSON.parse(text) as unknown) : null,
      }
    },
  }
}
