import type { AfterErrorHook } from 'payload'

import { serialIdOf } from '@/lib/db/serialId'

/** Message and status Payload answers with, in its own error shape. */
const answer = (status: number, message: string) => ({ status, response: { errors: [{ message }] } })

/**
 * The PostgreSQL error code in an error or its causes: Drizzle wraps the driver's error in
 * "Failed query: …" with the original as `cause`.
 */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let current = error, hops = 0; current && hops < 5; hops++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * REST requests whose input the database or a parser refused answer 4xx instead of Payload's
 * 500 (security probe L1): an id that is no integer (`/api/posts/abc`, `7.9`, 20 digits) is a
 * document that does not exist (404); a bad value in `where`, a negative `page` or a value sent
 * that the column cannot hold (a status that is not one, an impossible date) is a bad request
 * (400, PostgreSQL's class 22 "data exception"); so is a relationship or upload naming a document
 * that does not exist (a foreign key violation); a `_payload` field that is not JSON is 400.
 * Other errors keep their status. (`/api/users/verify/<token>` has a route of its own.)
 */
export const inputErrorStatus: AfterErrorHook = ({ error, req }) => {
  const code = databaseErrorCode(error)
  // A relationship or upload field naming a document that does not exist (foreign_key_violation).
  if (code === '23503') return answer(400, 'A related document or file does not exist.')
  if (code?.startsWith('22')) {
    // The id in the address is the bad value, or one of the values sent is.
    const id = req.routeParams?.id
    return id !== undefined && serialIdOf(id) === null
      ? answer(404, 'Not Found')
      : answer(400, 'Invalid value in the request.')
  }
  if (error instanceof SyntaxError) return answer(400, 'Invalid JSON.')
  return undefined
}
