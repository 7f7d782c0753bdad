import 'server-only'

import type { Payload } from 'payload'

import { databasePool } from '@/lib/db/pool'
import { serverEnv } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'

import { createSignInThrottle, type SignInThrottle } from './signInThrottle'
import { withSignInThrottle } from './throttleSignIn'

let throttle: SignInThrottle | undefined

/** One set of sign-in limits per server process, on Payload's own connection pool. */
export function signInThrottle(payload: Payload): SignInThrottle {
  const env = serverEnv()
  throttle ??= createSignInThrottle(databasePool(payload), env.PAYLOAD_SECRET ?? '', {
    perAccount: env.SIGNIN_LIMIT_PER_ACCOUNT,
    perAddress: env.SIGNIN_LIMIT_PER_IP,
    windowSeconds: env.SIGNIN_WINDOW_MINUTES * 60,
  })
  return throttle
}

/** Payload's REST POST handler behind the sign-in limits (app/(payload)/api/[...slug]/route.ts). */
export function throttledRestPost<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  let payload: Payload | undefined
  return withSignInThrottle(handler, {
    throttle: async () => signInThrottle((payload ??= await getPayloadClient())),
    trustedProxyHops: serverEnv().TRUSTED_PROXY_HOPS,
    logError: (error, msg) => payload?.logger.error({ err: error, msg }) ?? console.error(msg, error),
  })
}
