import { createHash } from 'node:crypto'

/**
 * The site's ETags: a SHA-256 of the bytes, base64url, its first 27 characters (162 bits), so no
 * response can be made to share another's. Pages and the router's data get theirs in the server
 * preload (pageVersions.mjs, securityHeaders.mjs), feeds and calendars in their route handlers
 * (lib/http/conditionalResponse.ts).
 * @param {string | Uint8Array} body text is hashed as UTF-8
 */
export const etagOf = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
