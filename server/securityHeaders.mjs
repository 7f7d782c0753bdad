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

import { parseVariantCode, routingPolicy } from './consentVariant.mjs'

/** Sent with every response. */
export const COMMON_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
})

/** Sent with HTML: no powerful feature is used by any page. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()'

export const HSTS = 'max-age=63072000; includeSubDomains'

/** CAPTCHA providers the contact form can use (lib/contact/captcha.ts), and what their widget loads. */
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

/**
 * Holds back an HTML response until its body is complete, then calls `finish` to set headers that
 * depend on the body, and sends it unchanged. Other responses pass straight through.
 *
 * `write`, `end` and `writeHead` become accessors: when Next.js's gzip middleware replaces them
 * later, the replacement is kept as the inner function and this wrapper stays outermost, so the
 * body arrives here uncompressed. Once the response is released, calls that reach the wrapper
 * come from the gzip middleware itself and go to Node's own methods.
 * @param {import('node:http').ServerResponse} res
 * @param {(html: Buffer | null) => void} finish
 */
export function interceptHtml(res, finish) {
  const proto = Object.getPrototypeOf(res)
  /** @type {Record<'write' | 'end' | 'writeHead' | 'flushHeaders', Function>} */
  const native = { write: proto.write, end: proto.end, writeHead: proto.writeHead, flushHeaders: proto.flushHeaders }
  const inner = { ...native }
  /** @type {'pending' | 'buffering' | 'released'} */
  let state = 'pending'
  /** @type {Buffer[]} */
  const chunks = []
  /** @type {unknown[] | null} */
  let head = null

  const names = /** @type {const} */ (['write', 'end', 'writeHead', 'flushHeaders'])
  const release = () => {
    state = 'released'
    for (const name of names) {
      Object.defineProperty(res, name, { configurable: true, enumerable: true, writable: true, value: inner[name] })
    }
  }
  /** @param {unknown[]} headArgs */
  const isHtml = (headArgs) => {
    const headers = headArgs.find((arg) => arg !== null && typeof arg === 'object')
    let type = res.getHeader('content-type')
    if (Array.isArray(headers)) {
      const entry = headers.find((pair) => Array.isArray(pair) && String(pair[0]).toLowerCase() === 'content-type')
      if (entry) type = entry[1]
    } else if (headers) {
      const key = Object.keys(headers).find((name) => name.toLowerCase() === 'content-type')
      if (key) type = /** @type {Record<string, string>} */ (headers)[key]
    }
    return /^text\/html\b/i.test(String(type ?? '')) && !res.getHeader('content-encoding')
  }
  /** @param {unknown[]} headArgs */
  const decide = (headArgs) => {
    if (state !== 'pending') return
    if (isHtml(headArgs)) state = 'buffering'
    else release()
  }
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : Buffer.from(
              String(chunk),
              typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
            ),
    )
  }

  const outer = {
    /** @param {...unknown} args */
    writeHead(...args) {
      if (state === 'released') return native.writeHead.apply(res, args)
      decide(args)
      if (state === 'released') return inner.writeHead.apply(res, args)
      head = args
      return res
    },
    /** @param {...unknown} args */
    flushHeaders(...args) {
      if (state === 'released') return native.flushHeaders.apply(res, args)
      decide([])
      if (state === 'released') return inner.flushHeaders.apply(res, args)
      return undefined
    },
    /** @param {...unknown} args */
    write(...args) {
      if (state === 'released') return native.write.apply(res, args)
      decide([])
      if (state === 'released') return inner.write.apply(res, args)
      keep(args[0], args[1])
      const callback = args.find((arg) => typeof arg === 'function')
      if (callback) process.nextTick(/** @type {Function} */ (callback))
      return true
    },
    /** @param {...unknown} args */
    end(...args) {
      if (state === 'released') return native.end.apply(res, args)
      decide(head ?? [])
      if (state === 'released') return inner.end.apply(res, args)
      keep(typeof args[0] === 'function' ? undefined : args[0], args[1])
      const callback = args.find((arg) => typeof arg === 'function')
      const body = chunks.length > 0 ? Buffer.concat(chunks) : null
      try {
        finish(body)
      } finally {
        release()
      }
      if (head) inner.writeHead.apply(res, head)
      return body ? inner.end.call(res, body, callback) : inner.end.call(res, callback)
    },
  }

  for (const name of names) {
    Object.defineProperty(res, name, {
      configurable: true,
      enumerable: true,
      get: () => outer[name],
      set: (value) => {
        inner[name] = value
      },
    })
  }
}

const MEMO_LIMIT = 2000
/** Script hashes of rendered pages, by ETag: a cached page is hashed once. */
const hashesByEtag = new Map()

/** @param {string} etag @param {string[]} hashes */
function remember(etag, hashes) {
  if (hashesByEtag.size >= MEMO_LIMIT) hashesByEtag.delete(hashesByEtag.keys().next().value)
  hashesByEtag.set(etag, hashes)
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Buffer | null} body
 */
function scriptHashes(res, body) {
  const etag = res.getHeader('etag')
  const known = typeof etag === 'string' ? hashesByEtag.get(etag) : undefined
  if (known) return known
  if (!body) return []
  const hashes = frameworkScriptHashes(body.toString('utf8'))
  if (typeof etag === 'string') remember(etag, hashes)
  return hashes
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
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value)
  if (https) res.setHeader('Strict-Transport-Security', HSTS)
  // `next dev` evaluates code and injects scripts for hot reloading: no policy there.
  if (process.env.NODE_ENV !== 'production') return
  const admin = req.url === '/admin' || req.url?.startsWith('/admin/') || req.url?.startsWith('/admin?')
  const framable = !admin && Boolean(req.headers.cookie?.includes('__prerender_bypass='))
  const nonce = admin ? randomBytes(18).toString('base64') : undefined
  if (nonce) req.headers['content-security-policy'] = `script-src 'nonce-${nonce}'`
  interceptHtml(res, (body) => {
    res.setHeader(
      'Content-Security-Policy',
      contentSecurityPolicy({
        kind: admin ? 'admin' : 'page',
        nonce,
        hashes: admin ? [] : scriptHashes(res, body),
        scripts: consentedScripts(page.variantCode),
        captcha: page.pathname === '/contact' ? captchaProvider(process.env.CAPTCHA_PROVIDER) : null,
        framable,
        https,
      }),
    )
    res.setHeader('X-Frame-Options', framable ? 'SAMEORIGIN' : 'DENY')
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
  })
}
