/**
 * Compresses HTML pages once per version instead of once per request.
 *
 * Next.js gzips every response as it is sent, cached page or not: a browser's request for a cached
 * page (which always carries Accept-Encoding) cost as much CPU again as serving it, which halved
 * the requests/s and tripled p99 (README, "How pages are served"). The HTML layer
 * (securityHeaders.mjs) holds each page whole on its way out, so it compresses it here instead:
 * with Brotli where the browser takes it (a fifth smaller than gzip at the same CPU cost), and
 * keeps the result by the page's address and ETag, a hash of its bytes (pageVersions.mjs). A later
 * request for the same version gets the same compressed bytes, with no work. Next.js's gzip then
 * sees `Content-Encoding` set and leaves the response alone; it still compresses everything else.
 */
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib'

import Negotiator from 'negotiator'

import { boundedMemo } from './boundedMemo.mjs'

/** Below this, compression gains less than the header it costs (the same as Next.js's threshold). */
const MINIMUM_BYTES = 1024

/** Brotli's text mode at quality 6: about 0.7 ms for a 55 KB page, 8 KB out where gzip gives 10.5 KB. */
const BROTLI_QUALITY = 6

/** What the memo may hold: 32 MB is some 4,000 pages of 8 KB. */
const MEMO_LIMIT_BYTES = 32 * 1024 * 1024

/** @type {ReturnType<typeof boundedMemo<Buffer>>} */
const memo = boundedMemo(MEMO_LIMIT_BYTES, (bytes) => bytes.byteLength)

/**
 * Brotli, then what Next.js's own compression offers (gzip, then deflate), so that a page this
 * layer sends is encoded as Next.js would have, or better, whoever answered it (keptPages.mjs).
 */
const AVAILABLE = ['br', 'gzip', 'deflate', 'identity']

/** @typedef {'br' | 'gzip' | 'deflate'} Encoding */

/**
 * The encoding to send, from the request's Accept-Encoding: Brotli over gzip over deflate when
 * more than one is acceptable; none when the header is absent.
 * @param {string | undefined} acceptEncoding
 * @returns {Encoding | null}
 */
export function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return null
  const chosen = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encoding(AVAILABLE, {
    preferred: AVAILABLE,
  })
  return chosen === 'br' || chosen === 'gzip' || chosen === 'deflate' ? chosen : null
}

/** @param {Buffer} bytes @param {Encoding} encoding */
function compress(bytes, encoding) {
  if (encoding === 'gzip') return gzipSync(bytes)
  if (encoding === 'deflate') return deflateSync(bytes)
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  })
}

/**
 * Keeps a compressed page, least recently used out first. zlib's result is a view into a larger
 * buffer (16 KB for a small page), so what is kept is an exact copy: the limit counts real memory.
 * @param {string} key @param {Buffer} compressed
 * @returns {Buffer} the copy
 */
function remember(key, compressed) {
  if (compressed.byteLength > MEMO_LIMIT_BYTES / 16) return compressed
  const kept = Buffer.allocUnsafeSlow(compressed.byteLength)
  compressed.copy(kept)
  memo.set(key, kept)
  return kept
}

/**
 * @typedef {object} Version which version of which page the bytes are, for the memo
 * @property {unknown} etag the page version's ETag, a hash of its bytes (server/pageVersions.mjs)
 * @property {string | undefined} path the page's address as routed (its variant): a version is
 *   only ever the same as one of the same address, so no page, such as a search page whose query
 *   a visitor writes, can be made to stand in for another
 */

/**
 * The page's bytes compressed for this request, or null to send them as they are.
 * @param {Buffer} bytes the whole HTML
 * @param {string | undefined} acceptEncoding the request's header
 * @param {Version} version memoised when both are known
 * @returns {{ body: Buffer, encoding: Encoding } | null}
 */
export function compressHtml(bytes, acceptEncoding, { etag, path }) {
  if (bytes.byteLength < MINIMUM_BYTES) return null
  const encoding = chooseEncoding(acceptEncoding)
  if (!encoding) return null
  const key =
    typeof etag === 'string' && typeof path === 'string' ? `${encoding} ${path} ${bytes.byteLength} ${etag}` : null
  const remembered = key ? memo.get(key) : undefined
  if (remembered) return { body: remembered, encoding }
  const body = compress(bytes, encoding)
  return { body: key ? remember(key, body) : body, encoding }
}
