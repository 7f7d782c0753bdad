/**
 * The bytes and ETag of each version of a cached page, kept by its HTML. Next.js hashes the whole
 * page in JavaScript for its ETag on every request (FNV-1a over each character, about 12 % of the
 * server's time serving a cached page) and the page leaves as a string that Node encodes again on
 * every request. A page Next.js serves from its cache is the same text until it is rendered
 * again, so both are done once per version here: `generateEtags` is off in next.config.mjs, and
 * the preload's HTML layer (securityHeaders.mjs) sets this ETag and answers `304` itself.
 *
 * Looking a version up costs well under a microsecond (measured on the home page's 55 KB: V8 keys
 * a string this long by its length and then compares contents, where Next.js usually hands over
 * the very same string), against about 200 µs for the hash and the encoding. The ETag is a
 * SHA-256 of the bytes, so no page can be made to share another's.
 */
import { boundedMemo } from './boundedMemo.mjs'
import { etagOf } from './etag.mjs'

/** Memory for the versions kept, least recently used out first: each weighs its text and bytes. */
const LIMIT_BYTES = 64 * 1024 * 1024

/**
 * @typedef {object} PageVersion
 * @property {Buffer} bytes the page as UTF-8
 * @property {string} etag a strong ETag of the bytes (etag.mjs)
 * @property {number} weight what keeping it costs, in bytes (its text counted at two bytes a character)
 */

/** @type {ReturnType<typeof boundedMemo<PageVersion>>} */
const versions = boundedMemo(LIMIT_BYTES, (version) => version.weight)

/**
 * @param {string} html a page as Next.js sends it
 * @returns {PageVersion}
 */
export function pageVersion(html) {
  const kept = versions.get(html)
  if (kept) return kept
  const bytes = Buffer.from(html, 'utf8')
  const version = { bytes, etag: etagOf(bytes), weight: bytes.byteLength + 2 * html.length }
  if (version.weight <= LIMIT_BYTES / 16) versions.set(html, version)
  return version
}
