/**
 * Security headers on every response, and a strict Content-Security-Policy on every HTML page
 * that keeps the pages cacheable: `script-src` allows the site's own files and the SHA-256 hashes
 * of the framework's own inline scripts on that very page, never 'unsafe-inline' and never a
 * nonce (a nonce would make every page render per request).
 *
 * Next.js inlines its bootstrap and the page's React Server Components payload as <script>
 * elements, and a cached page's bytes are fixed until it is rendered again, so the hashes are
 * computed once per rendered page (memoised by its ETag) from the HTML on its way out. Only
 * scripts of the framework's known shapes, whose arguments are JSON data, are hashed: any other
 * inline script, such as one smuggled into content, stays blocked.
 *
 * The layer sits outside Next.js's gzip, so it reads the HTML as written (see interceptHtml).
 * Nothing else may send a Content-Security-Policy for pages: two policies would both apply.
 *
 * The admin panel is rendered per request and streams React's own inline scripts, so it gets a
 * nonce instead: Next.js reads it from the request's `Content-Security-Policy` header and puts it
 * on every script it writes. That request header is removed from every other request: Next.js
 * renders any page afresh for a request carrying one, so a visitor could otherwise bypass the
 * cache at will, and have their nonce stored in the cached page.
 */
import { createHash, randomBytes } from 'node:crypto'

import fresh from 'fresh'

import { boundedMemo } from './boundedMemo.mjs'
import { parseVariantCode, routingPolicy } from './consentVariant.mjs'
import { compressHtml } from './htmlCompression.mjs'
import { notFoundStatus } from './notFoundStatus.mjs'
import { etagOf } from './etag.mjs'
import { keepPage } from './keptPages.mjs'
import { pageVersion } from './pageVersions.mjs'

/** Sent with every response. */
export const COMMON_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
})

const COMMON_ENTRIES = Object.entries(COMMON_HEADERS)

/** Sent with HTML: no powerful feature is used by any page. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()'

export const HSTS = 'max-age=63072000; includeSubDomains'

/** CAPTCHA providers the contact and comment forms can use (lib/abuse/captcha.ts), and what their widget loads. */
const CAPTCHA_SOURCES = {
  turnstile: { script: ['https://challenges.cloudflare.com'], frame: ['https://challenges.cloudflare.com'] },
  hcaptcha: {
    script: ['https://hcaptcha.com', 'https://*.hcaptcha.com'],
    frame: ['https://hcaptcha.com', 'https://*.hcaptcha.com'],
    connect: ['https://hcaptcha.com', 'https://*.hcaptcha.com'],
    style: ['https://hcaptcha.com', 'https://*.hcaptcha.com'],
  },
}

const NEXT_FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])'
const NEXT_FLIGHT_PUSH = 'self.__next_f.push('
const TURBOPACK_CHUNKS = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('

/** @param {string} text */
function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, value: undefined }
  }
}

/**
 * A chunk of the React Server Components payload: `[1, "text"]`, `[2, formState]` or
 * `[3, "base64"]`, as JSON.
 * @param {string} argument
 */
function isFlightChunk(argument) {
  const { ok, value } = parseJson(argument)
  if (!ok || !Array.isArray(value) || value.length !== 2) return false
  if (value[0] === 1 || value[0] === 3) return typeof value[1] === 'string'
  return value[0] === 2
}

/**
 * Whether an inline script is one the framework writes into every page: the payload's
 * initialiser, a payload chunk, or Turbopack's list of chunks to load. Each is a fixed call whose
 * only argument is JSON, which is data, never code.
 * @param {string} body
 */
export function isFrameworkScript(body) {
  if (body === NEXT_FLIGHT_INIT) return true
  if (body.startsWith(`${NEXT_FLIGHT_INIT};${NEXT_FLIGHT_PUSH}`) && body.endsWith(')')) {
    return isFlightChunk(body.slice(NEXT_FLIGHT_INIT.length + 1 + NEXT_FLIGHT_PUSH.length, -1))
  }
  if (body.startsWith(NEXT_FLIGHT_PUSH) && body.endsWith(')')) {
    return isFlightChunk(body.slice(NEXT_FLIGHT_PUSH.length, -1))
  }
  if (body.startsWith(TURBOPACK_CHUNKS) && body.endsWith(');')) {
    const { ok, value } = parseJson(body.slice(TURBOPACK_CHUNKS.length, -2))
    return (
      ok &&
      value !== null &&
      typeof value === 'object' &&
      Array.isArray(value.otherChunks) &&
      value.otherChunks.every((/** @type {unknown} */ chunk) => typeof chunk === 'string')
    )
  }
  return false
}

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const EXECUTABLE_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i

/** @param {string} attributes */
function isInlineExecutable(attributes) {
  if (/\ssrc\s*=/i.test(` ${attributes}`)) return false
  const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(` ${attributes}`)
  return EXECUTABLE_TYPE.test(type?.[1] ?? '')
}

/**
 * The CSP source expressions (`'sha256-…'`) of the framework's inline scripts in a page, in
 * order, once each. Other inline scripts get no hash, so the browser refuses them.
 * @param {string} html
 * @returns {string[]}
 */
export function frameworkScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT_ELEMENT)) {
    if (!isInlineExecutable(attributes) || !isFrameworkScript(body)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * @typedef {object} PolicyOptions
 * @property {'page' | 'admin'} kind
 * @property {string[]} hashes
 * @property {string} [nonce] for a page rendered per request that sets it on its scripts
 * @property {string[]} [scripts] script addresses of consented services
 * @property {'turnstile' | 'hcaptcha' | null} [captcha]
 * @property {boolean} [framable] a preview shown inside the admin panel
 * @property {boolean} [https]
 */

/** @param {string} address a service's script: an https:// address or a path on this site */
function scriptSource(address) {
  if (address.startsWith('/') && !address.startsWith('//')) return null
  try {
    const url = new URL(address)
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.origin}${url.pathname}` : null
  } catch {
    return null
  }
}

/** @param {string} address */
function originOf(address) {
  try {
    return new URL(address).origin
  } catch {
    return null
  }
}

/**
 * The Content-Security-Policy of an HTML response.
 * @param {PolicyOptions} options
 */
export function contentSecurityPolicy({
  kind,
  hashes,
  nonce,
  scripts = [],
  captcha = null,
  framable = false,
  https = false,
}) {
  const captchaSources = captcha ? CAPTCHA_SOURCES[captcha] : null
  const services = scripts.map(scriptSource).filter((source) => source !== null)
  const serviceOrigins = scripts.map((address) => (scriptSource(address) ? originOf(address) : null))
  /** @type {[string, ...string[]][]} */
  const directives = [
    ['default-src', "'none'"],
    [
      'script-src',
      "'self'",
      ...(nonce ? [`'nonce-${nonce}'`] : []),
      ...hashes,
      ...services,
      ...(captchaSources?.script ?? []),
    ],
    [
      'style-src',
      "'self'",
      "'unsafe-inline'",
      ...(captchaSources && 'style' in captchaSources ? captchaSources.style : []),
    ],
    ['img-src', "'self'", 'data:', ...(kind === 'admin' ? ['blob:'] : [])],
    ['font-src', "'self'", ...(kind === 'admin' ? ['data:'] : [])],
    [
      'connect-src',
      "'self'",
      ...serviceOrigins.filter((origin) => origin !== null),
      ...(captchaSources && 'connect' in captchaSources ? captchaSources.connect : []),
    ],
    ['media-src', "'self'", ...(kind === 'admin' ? ['blob:'] : [])],
    ['manifest-src', "'self'"],
    ...(kind === 'admin' ? /** @type {[string, ...string[]][]} */ ([['worker-src', "'self'", 'blob:']]) : []),
    // The admin panel's live preview shows the site's own pages in a frame.
    ...(kind === 'admin'
      ? /** @type {[string, ...string[]][]} */ ([['frame-src', "'self'"]])
      : captchaSources
        ? /** @type {[string, ...string[]][]} */ ([['frame-src', ...captchaSources.frame]])
        : []),
    ['form-action', "'self'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
    ['frame-ancestors', framable ? "'self'" : "'none'"],
  ]
  const policy = directives.map((directive) => [...new Set(directive)].join(' ')).join('; ')
  return https ? `${policy}; upgrade-insecure-requests` : policy
}

/** Script addresses of the services a page variant's visitor agreed to. */
function consentedScripts(/** @type {string | undefined} */ code) {
  const variant = code ? parseVariantCode(code) : null
  const policy = routingPolicy()
  if (!variant || !policy?.scripts) return []
  return policy.scripts.filter((address, index) => typeof address === 'string' && (variant.mask & (1 << index)) !== 0)
}

const INTERCEPTED = /** @type {const} */ (['write', 'end', 'writeHead', 'flushHeaders'])
/** @typedef {(typeof INTERCEPTED)[number]} Intercepted */

const STATE = Symbol('osprn.htmlInterception')
const INNER = Symbol('osprn.innerWriters')

/**
 * @typedef {object} Interception
 * @property {'pending' | 'buffering' | 'released'} state
 * @property {{ chunk: string | Uint8Array, encoding: BufferEncoding }[]} chunks as written: a page
 *   Next.js has cached arrives as one string, read as it is and sent as bytes
 * @property {unknown[] | null} head the deferred writeHead arguments
 * @property {boolean} [data] the router's data for a cached page, not a page (see sendData)
 * @property {Finish} finish may return the status to send instead
 * @property {{ method: string | undefined, headers: import('node:http').IncomingHttpHeaders, path: string | undefined }} request
 *   what answering a revalidation and compressing the page here need to know of the request
 */

/**
 * Sets the headers that depend on the body, reading the HTML only when it needs to; may return
 * the status to send instead. `etag` is the page version's, for a page from Next.js's cache.
 * @typedef {(read: () => string | null, etag: string | null) => number | null | void} Finish
 */

/** @typedef {import('node:http').ServerResponse & { [STATE]?: Interception, [INNER]?: Partial<Record<Intercepted, Function>> }} Response */

/** Node's own methods, which the accessors below stand in front of. */
const NATIVE = /** @type {Record<Intercepted, Function>} */ ({})

/** @param {Response} res @param {Intercepted} name */
const innerOf = (res, name) => res[INNER]?.[name] ?? NATIVE[name]

/** @param {Response} res @param {Interception} interception @param {unknown[]} headArgs */
function decide(res, interception, headArgs) {
  if (interception.state !== 'pending') return
  const headers = headArgs.find((arg) => arg !== null && typeof arg === 'object')
  let type = res.getHeader('content-type')
  if (Array.isArray(headers)) {
    const entry = headers.find((pair) => Array.isArray(pair) && String(pair[0]).toLowerCase() === 'content-type')
    if (entry) type = entry[1]
  } else if (headers) {
    const key = Object.keys(headers).find((name) => name.toLowerCase() === 'content-type')
    if (key) type = /** @type {Record<string, string>} */ (headers)[key]
  }
  const contentType = String(type ?? '')
  if (res.getHeader('content-encoding')) interception.state = 'released'
  else if (/^text\/html\b/i.test(contentType)) interception.state = 'buffering'
  else if (/^text\/x-component\b/i.test(contentType) && isCachedResponse(res, interception.request)) {
    interception.state = 'buffering'
    interception.data = true
  } else interception.state = 'released'
}

/** @param {Interception} interception @param {unknown} chunk @param {unknown} encoding */
function keep(interception, chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return
  interception.chunks.push({
    chunk: typeof chunk === 'string' || chunk instanceof Uint8Array ? chunk : String(chunk),
    encoding: typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
  })
}

/** @param {{ chunk: string | Uint8Array, encoding: BufferEncoding }} piece */
const bufferOf = ({ chunk, encoding }) =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, encoding)
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)

/**
 * The body in one piece: the chunk itself when it was written in one, else their bytes joined.
 * @param {Interception['chunks']} chunks
 * @returns {{ chunk: string | Uint8Array, encoding: BufferEncoding } | null}
 */
function wholeBody(chunks) {
  if (chunks.length === 0) return null
  if (chunks.length === 1) return /** @type {{ chunk: string | Uint8Array, encoding: BufferEncoding }} */ (chunks[0])
  return { chunk: Buffer.concat(chunks.map(bufferOf)), encoding: 'utf8' }
}

/** @param {{ chunk: string | Uint8Array, encoding: BufferEncoding }} body */
const textOf = (body) =>
  typeof body.chunk === 'string' && body.encoding === 'utf8' ? body.chunk : bufferOf(body).toString('utf8')

/** @param {Response} res */
function varyOnEncoding(res) {
  const vary = res.getHeader('vary')
  const listed = Array.isArray(vary) ? vary.join(',') : String(vary ?? '')
  if (/(?:^|,)\s*(?:\*|accept-encoding)\s*(?:,|$)/i.test(listed)) return
  res.setHeader('Vary', listed.trim() ? `${listed}, Accept-Encoding` : 'Accept-Encoding')
}

/**
 * The body to send: compressed once per page version (htmlCompression.mjs) when the browser
 * accepts it, with the headers that say so; else as it is. Next.js's gzip, which would compress
 * it again on every request, leaves a response alone once `Content-Encoding` is set.
 * @param {Response} res @param {Buffer} bytes @param {unknown[] | null} head deferred writeHead arguments
 * @param {Interception['request']} request @param {string | null} etag the page version's, if known
 */
function encoded(res, bytes, head, { headers, path }, etag) {
  const headersInHead = head?.some((arg) => arg !== null && typeof arg === 'object')
  const status = typeof head?.[0] === 'number' ? head[0] : res.statusCode
  if (headersInHead || status === 204 || status === 304 || res.getHeader('content-encoding')) return bytes
  if (/\bno-transform\b/i.test(String(res.getHeader('cache-control') ?? ''))) return bytes
  varyOnEncoding(res)
  let compressed
  try {
    compressed = compressHtml(bytes, headers['accept-encoding'], { etag, path })
  } catch (error) {
    // Never worth a failed page: sent as it is (Next.js's gzip compresses it, if Next.js answered).
    console.error('[compression] a page was sent without this layer’s compression:', error)
    return bytes
  }
  if (!compressed) return bytes
  res.setHeader('Content-Encoding', compressed.encoding)
  res.setHeader('Content-Length', compressed.body.byteLength)
  return compressed.body
}

/**
 * Whether a response is a page from Next.js's cache (HIT, STALE or the render that filled it),
 * the same bytes for every visitor of its variant until it is rendered again, so that its bytes
 * and ETag are worked out once (pageVersions.mjs). Not an editor's preview or the answer to a
 * form post, which Next.js marks the same way but renders for that request (no-store, POST).
 * Next.js sends a cached page as one string.
 * @param {Response} res @param {Interception['request']} request
 * @param {{ chunk: string | Uint8Array, encoding: BufferEncoding }} body
 * @returns {body is { chunk: string, encoding: BufferEncoding }}
 */
function isCachedPage(res, request, body) {
  return typeof body.chunk === 'string' && body.encoding === 'utf8' && isCachedResponse(res, request)
}

/** @param {Response} res @param {Interception['request']} request */
function isCachedResponse(res, request) {
  return (
    request.method === 'GET' &&
    res.getHeader('x-nextjs-cache') !== undefined &&
    !/\bno-store\b/i.test(String(res.getHeader('cache-control') ?? ''))
  )
}

/**
 * The router's data for a cached page (client-side navigation and prefetches, `text/x-component`),
 * which arrives whole like the page: an ETag of its bytes (hashed natively, a few microseconds),
 * `304` when the browser has them, and compressed once per version, as pages are. No policy:
 * it is not a document. Data rendered per request streams past this layer.
 * @param {Response} res @param {{ chunk: string | Uint8Array, encoding: BufferEncoding } | null} body
 * @param {unknown[] | null} head @param {Interception['request']} request @param {Function | undefined} callback
 */
function sendData(res, body, head, request, callback) {
  const bytes = body ? bufferOf(body) : null
  const etag = bytes ? etagOf(bytes) : null
  if (etag) res.setHeader('ETag', etag)
  const unchanged = etag !== null && notModified(res, head, request.headers, etag)
  return send(res, head, bytes && !unchanged ? encoded(res, bytes, head, request, etag) : null, callback)
}

/**
 * Sends a held-back response through the writers inside this layer: its deferred head, then its
 * body, or none (a 304, or a response that had no body).
 * @param {Response} res @param {unknown[] | null} head @param {Buffer | null} bytes
 * @param {Function | undefined} callback
 */
function send(res, head, bytes, callback) {
  if (head) innerOf(res, 'writeHead').apply(res, head)
  return bytes ? innerOf(res, 'end').call(res, bytes, undefined, callback) : innerOf(res, 'end').call(res, callback)
}

/**
 * Turns a `200` the browser already has into a `304` (as Next.js does with its own ETags, through
 * the same `fresh` test): no body, and the headers a `200` would have had that describe the
 * cached response (ETag, Cache-Control, Vary), not the absent body.
 * @param {Response} res @param {unknown[] | null} head deferred writeHead arguments
 * @param {import('node:http').IncomingHttpHeaders} requestHeaders @param {string} etag
 */
function notModified(res, head, requestHeaders, etag) {
  const status = typeof head?.[0] === 'number' ? head[0] : res.statusCode
  if (status !== 200 || !fresh(requestHeaders, { etag })) return false
  res.statusCode = 304
  if (head) head[0] = 304
  for (const name of ['content-type', 'content-length', 'content-encoding']) res.removeHeader(name)
  varyOnEncoding(res)
  return true
}

/**
 * What stands in for write, end, writeHead and flushHeaders while a response is intercepted, and
 * what the gzip middleware keeps as Node's method when it wraps them. Once the response is
 * released, a call that reaches these comes from that middleware and goes to Node's own method.
 * @type {Record<Intercepted, (this: Response, ...args: unknown[]) => unknown>}
 */
const OUTER = {
  writeHead(...args) {
    const interception = this[STATE]
    if (!interception || interception.state === 'released') return NATIVE.writeHead.apply(this, args)
    decide(this, interception, args)
    if (interception.state === 'released') return innerOf(this, 'writeHead').apply(this, args)
    interception.head = args
    return this
  },
  flushHeaders(...args) {
    const interception = this[STATE]
    if (!interception || interception.state === 'released') return NATIVE.flushHeaders.apply(this, args)
    decide(this, interception, [])
    if (interception.state === 'released') return innerOf(this, 'flushHeaders').apply(this, args)
    return undefined
  },
  write(...args) {
    const interception = this[STATE]
    if (!interception || interception.state === 'released') return NATIVE.write.apply(this, args)
    decide(this, interception, [])
    if (interception.state === 'released') return innerOf(this, 'write').apply(this, args)
    keep(interception, args[0], args[1])
    const callback = args.find((arg) => typeof arg === 'function')
    if (callback) process.nextTick(/** @type {Function} */ (callback))
    return true
  },
  end(...args) {
    const interception = this[STATE]
    if (!interception || interception.state === 'released') return NATIVE.end.apply(this, args)
    decide(this, interception, interception.head ?? [])
    if (interception.state === 'released') return innerOf(this, 'end').apply(this, args)
    keep(interception, typeof args[0] === 'function' ? undefined : args[0], args[1])
    const callback = args.find((arg) => typeof arg === 'function')
    const { chunks, head } = interception
    const body = wholeBody(chunks)
    interception.chunks = []
    if (interception.data) {
      interception.state = 'released'
      return sendData(this, body, head, interception.request, callback)
    }
    const cached = body && isCachedPage(this, interception.request, body)
    // Before this layer's own headers: what Next.js sent, to send again (keptPages.mjs).
    if (cached) keepPage(this, head, body.chunk)
    const version = cached ? pageVersion(body.chunk) : null
    if (version) this.setHeader('ETag', version.etag)
    let status
    try {
      status = interception.finish(() => (body ? textOf(body) : null), version?.etag ?? null)
    } finally {
      interception.state = 'released'
    }
    if (typeof status === 'number') {
      this.statusCode = status
      if (head && typeof head[0] === 'number') head[0] = status
    }
    if (version && notModified(this, head, interception.request.headers, version.etag)) {
      return send(this, head, null, callback)
    }
    // Sent as bytes: Node 20 writes a string holding characters beyond Latin-1 (’, ‘, –) to the
    // socket through a slow path, which halved the requests/s of a cached search page (README,
    // "How pages are served"); Buffer.from encodes the same bytes much faster.
    const bytes = body
      ? encoded(this, version?.bytes ?? bufferOf(body), head, interception.request, version?.etag ?? null)
      : null
    return send(this, head, bytes, callback)
  },
}

/**
 * Installs, once, accessors for write, end, writeHead and flushHeaders on ServerResponse's
 * prototype. A response that is not intercepted gets what it would have had: Node's method, or
 * whatever replaced it on that response (the gzip middleware's). Accessors on the prototype, not
 * on each response, so that no response object leaves V8's fast properties.
 * @param {typeof import('node:http').ServerResponse.prototype} proto
 */
function installAccessors(proto) {
  if (Object.prototype.hasOwnProperty.call(NATIVE, 'write')) return
  for (const name of INTERCEPTED) {
    NATIVE[name] = proto[name]
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: false,
      /** @this {Response} */
      get() {
        const interception = this[STATE]
        // Intercepted and not yet released: the stand-in, which the gzip middleware keeps as its
        // "original" when it wraps the response after us.
        if (interception && interception.state !== 'released') return OUTER[name]
        return innerOf(this, name)
      },
      /** @this {Response} */
      set(value) {
        if (this === proto) return
        ;(this[INNER] ??= {})[name] = value
      },
    })
  }
}

/**
 * Holds back an HTML response until its body is complete, then calls `finish` to set headers that
 * depend on the body (and, if it returns one, the status), and sends it, compressed when the
 * browser accepts it (see encoded). The router's data for a cached page is held back too, for
 * its ETag and compression (see sendData). Other responses pass straight through.
 *
 * When Next.js's gzip middleware replaces write, end and writeHead after this, the stand-ins
 * stay outermost (see installAccessors), so the body arrives here uncompressed.
 * @param {import('node:http').ServerResponse} res
 * @param {import('node:http').IncomingMessage} req answered with a 304, or the page compressed for it
 * @param {Finish} finish
 */
export function interceptHtml(res, req, finish) {
  installAccessors(Object.getPrototypeOf(res))
  const request = { method: req.method, headers: req.headers, path: req.url }
  ;/** @type {Response} */ (res)[STATE] = { state: 'pending', chunks: [], head: null, finish, request }
}

/**
 * The policies of cached pages, by ETag, variant and address: a cached page is hashed and its policy
 * written once, and every later response reuses the same string (and the status its HTML asks
 * for, server/notFoundStatus.mjs). The 4,000 most recently used are kept.
 * @type {ReturnType<typeof boundedMemo<{ policy: string, status: number | null }>>}
 */
const policies = boundedMemo(4000)

/**
 * Pages with a visitor form that shows the CAPTCHA when one is configured: the contact page, and
 * news and blog posts and their comment pages (the comment form).
 * @param {string} pathname
 */
export function hasVisitorForm(pathname) {
  return pathname === '/contact' || /^\/(news|blog)\/[^/]+(\/comment)?$/.test(pathname)
}

/** @param {string | undefined} value */
function captchaProvider(value) {
  return value === 'turnstile' || value === 'hcaptcha' ? value : null
}

/**
 * The request listener, run before Next.js's own, after the page variant was chosen.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ variantCode?: string, pathname?: string }} page the chosen variant and the visitor's path, for pages
 */
export function secureResponse(req, res, page = {}) {
  delete req.headers['content-security-policy']
  delete req.headers['content-security-policy-report-only']
  const https = process.env.SITE_URL?.startsWith('https://') ?? false
  for (const [name, value] of COMMON_ENTRIES) res.setHeader(name, value)
  if (https) res.setHeader('Strict-Transport-Security', HSTS)
  // `next dev` evaluates code and injects scripts for hot reloading: no policy there.
  if (process.env.NODE_ENV !== 'production') return
  const admin = req.url === '/admin' || req.url?.startsWith('/admin/') || req.url?.startsWith('/admin?')
  const framable = !admin && Boolean(req.headers.cookie?.includes('__prerender_bypass='))
  const nonce = admin ? randomBytes(18).toString('base64') : undefined
  if (nonce) req.headers['content-security-policy'] = `script-src 'nonce-${nonce}'`
  interceptHtml(res, req, (read, etag) => {
    const key = !admin && etag ? `${etag} ${page.variantCode ?? ''} ${req.url} ${framable}` : null
    const remembered = key ? policies.get(key) : undefined
    let policy = remembered?.policy
    const html = policy || admin ? null : read()
    const status = remembered ? remembered.status : html === null ? null : notFoundStatus(html, res.statusCode)
    if (!policy && (html !== null || admin)) {
      policy = contentSecurityPolicy({
        kind: admin ? 'admin' : 'page',
        nonce,
        hashes: html === null ? [] : frameworkScriptHashes(html),
        scripts: consentedScripts(page.variantCode),
        captcha: hasVisitorForm(page.pathname) ? captchaProvider(process.env.CAPTCHA_PROVIDER) : null,
        framable,
        https,
      })
      if (key) policies.set(key, { policy, status })
    }
    // A page never seen whole here (a HEAD for a route handler's HTML): no policy to give.
    if (policy) res.setHeader('Content-Security-Policy', policy)
    res.setHeader('X-Frame-Options', framable ? 'SAMEORIGIN' : 'DENY')
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
    return status
  })
}
