import { etagOf } from '@/server/etag.mjs'

/**
 * A text response with an ETag, or `304 Not Modified` when the client already has these bytes:
 * feed readers and calendar apps poll, and most polls then cost a hash and a few headers.
 */
export function conditionalResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = etagOf(body)
  const all = { ...headers, ETag: etag }
  const known = request.headers.get('if-none-match')
  if (known && known.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers: all })
  }
  return new Response(body, { headers: all })
}
