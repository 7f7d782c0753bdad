import { issueCommentToken } from '@/lib/abuse/formToken'
import { serverEnv } from '@/lib/env'

/**
 * A fresh signed token for the comment form, which sits in cached pages and so cannot carry one:
 * the form's script asks for it before the comment is sent. Never cached anywhere.
 */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  const token = issueCommentToken(serverEnv().PAYLOAD_SECRET ?? '')
  return Response.json({ token }, { headers: { 'Cache-Control': 'no-store' } })
}
