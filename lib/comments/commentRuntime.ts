import 'server-only'

import type { Payload } from 'payload'

import { databasePool } from '@/lib/db/pool'
import { serverEnv } from '@/lib/env'

import { createCommentRateLimiter, type CommentRateLimiter } from './rateLimits'

let limiter: CommentRateLimiter | undefined

/** One limiter per server process, on Payload's own connection pool. */
export function commentRateLimiter(payload: Payload): CommentRateLimiter {
  const env = serverEnv()
  limiter ??= createCommentRateLimiter(databasePool(payload), env.PAYLOAD_SECRET ?? '', {
    perAddress: env.COMMENT_LIMIT_PER_IP,
    global: env.COMMENT_LIMIT_GLOBAL,
    windowSeconds: 60 * 60,
  })
  return limiter
}
