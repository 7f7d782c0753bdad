/**
 * Refuses malformed and oversized requests before Next.js or Payload see them, with a plain 4xx
 * instead of the 500 they answer today (research: security probe L1 and M3). Everything decided
 * here depends on the request line, the headers and, for requests with a body, the body itself,
 * which is held back until it is complete and within its limit: Next.js never starts reading a
 * body that is too large, whether it announced its length or not (chunked).
 *
 * The checks are pure functions (`checkHead`, `checkBody`), unit-tested in
 * tests/unit/requestGuard.unit.test.ts; `guardRequests` wires them into the server.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { bodyLimits } from './bodyLimits.mjs'
import { isPagePath } from './pageVariants.mjs'
import { COMMON_HEADERS } from './securityHeaders.mjs'

/** Methods some route answers. TRACE, CONNECT and anything else: 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/**
 * Outside the REST API, pages take GET and HEAD, and POST for their forms (server actions), as do
 * the admin panel and the site's own POST endpoints (/consent, /next); files (feeds, calendars,
 * citations, icons, Next.js's assets) only GET and HEAD. Next.js would render a page for a PUT or
 * DELETE, and serve a cached file for any method.
 */
const PAGE_METHODS = ['GET', 'HEAD', 'POST']
const FILE_METHODS = ['GET', 'HEAD']

/** Deeper JSON than this is refused (400). Rich text nests about 2 levels per list level. */
export const MAX_JSON_DEPTH = 256

/** @typedef {import('./bodyLimits.mjs').BodyLimits} BodyLimits */
/** @typedef {{ status: number, message: string, headers?: Record<string, string> }} Refusal */
/**
 * @typedef {{ method: string, pathname: string, headers: import('node:http').IncomingHttpHeaders }} RequestHead
 */

/** @param {number} status @param {string} message @returns {Refusal} */
const refusal = (status, message) => ({ status, message })

/** @param {string | string[] | undefined} value */
const single = (value) => (Array.isArray(value) ? value[0] : value)

/** @param {string} pathname @param {string} prefix */
const under = (pathname, prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)

/**
 * Requests Next.js may treat as a server action: a POST to a page or to the admin panel (Payload's
 * server functions) with a `Next-Action` header or a multipart body. Route handlers have none.
 * @param {RequestHead} head
 */
export function isActionRequest({ method, pathname, headers }) {
  if (method !== 'POST' || !(isPagePath(pathname) || under(pathname, '/admin'))) return false
  return headers['next-action'] !== undefined || (headers['content-type'] ?? '').startsWith('multipart/form-data')
}

/**
 * The body limit of a request.
 * @param {RequestHead} head
 * @param {BodyLimits} limits
 */
export function bodyLimitOf(head, limits) {
  const { pathname, headers } = head
  if (!under(pathname, '/api')) return limits.form
  const multipart = (headers['content-type'] ?? '').startsWith('multipart/form-data')
  if (multipart && under(pathname, '/api/media')) return limits.image
  if (multipart && under(pathname, '/api/documents')) return limits.document
  return limits.api
}

/** The host an Origin header names, 'null', or undefined when it is not an origin at all. */
function originHost(/** @type {string} */ origin) {
  if (origin === 'null') return 'null'
  try {
    return new URL(origin).host || undefined
  } catch {
    return undefined
  }
}

const require = createRequire(import.meta.url)
/** @type {((header: string) => unknown) | null | undefined} */
let parseRouterState

/**
 * Whether a `Next-Router-State-Tree` header is one Next.js can read. Its own parser is the judge
 * (it throws, and Next.js answers 500); plain JSON when that module cannot be loaded.
 * @param {string | string[]} header
 */
export function validRouterState(header) {
  if (Array.isArray(header)) return false
  if (parseRouterState === undefined) {
    try {
      parseRouterState =
        require('next/dist/server/app-render/parse-and-validate-flight-router-state.js').parseAndValidateFlightRouterState
    } catch {
      parseRouterState = null
    }
  }
  try {
    if (parseRouterState) parseRouterState(header)
    else if (!Array.isArray(JSON.parse(decodeURIComponent(header)))) return false
    return true
  } catch {
    return false
  }
}

/** @param {string[]} methods @returns {Refusal} */
const methodNotAllowed = (methods) => ({
  status: 405,
  message: 'Method not allowed.',
  headers: { Allow: methods.join(', ') },
})

/**
 * The methods a path answers.
 * @param {string} pathname
 */
function methodsOf(pathname) {
  if (under(pathname, '/api')) return ALLOWED_METHODS
  if (isPagePath(pathname) || ['/admin', '/consent', '/next'].some((prefix) => under(pathname, prefix))) {
    return PAGE_METHODS
  }
  return FILE_METHODS
}

/**
 * Everything decidable from the request line and headers, or null when the request may go on.
 * @param {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @param {BodyLimits} limits
 * @returns {Refusal | null}
 */
export function checkHead(req, limits) {
  const method = req.method ?? 'GET'
  if (!ALLOWED_METHODS.includes(method)) return methodNotAllowed(ALLOWED_METHODS)
  const url = req.url ?? '/'
  if (!url.startsWith('/')) return refusal(400, 'Bad request: the address is not a path.')
  const queryAt = url.indexOf('?')
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
  const methods = methodsOf(pathname)
  if (!methods.includes(method)) return methodNotAllowed(methods)
  let decoded
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return refusal(400, 'Bad request: the address is not valid percent-encoded UTF-8.')
  }
  // In the query string too: PostgreSQL refuses NUL in text, so a search for it would fail.
  if (decoded.includes('\0') || (queryAt !== -1 && /%00/.test(url.slice(queryAt)))) {
    return refusal(400, 'Bad request: the address contains a NUL character.')
  }
  // Payload's migrations collection has no REST endpoints; Payload answers 501 with its own URL.
  if (under(pathname, '/api/payload-migrations')) return refusal(404, 'Not Found')
  // Payload's form for the first account, shown to anyone while there is none, with the server's
  // file paths in its configuration; accounts are never created over HTTP (users' hooks).
  if (under(pathname, '/admin/create-first-user')) {
    return refusal(404, 'Not Found: accounts are created on the server (`npm run create-admin`).')
  }

  const { headers } = req
  const routerState = headers['next-router-state-tree']
  if (routerState !== undefined && !validRouterState(routerState)) {
    return refusal(400, 'Bad request: unreadable Next-Router-State-Tree header.')
  }
  const head = { method, pathname, headers }
  if (isActionRequest(head) && headers.origin !== undefined) {
    const expected = single(headers['x-forwarded-host']) ?? headers.host
    if (originHost(headers.origin) !== expected) return refusal(403, 'Forbidden: cross-site form submission.')
  }
  const unrecognized = isActionRequest(head) ? unrecognizedAction(headers['next-action']) : null
  if (unrecognized) return unrecognized
  const length = headers['content-length']
  if (length !== undefined && Number(length) > bodyLimitOf(head, limits)) {
    return refusal(413, 'Request body too large.')
  }
  if (hasBody(headers) && ['POST', 'PUT', 'PATCH'].includes(method) && under(pathname, '/api')) {
    const type = (headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase()
    const accepted =
      type === 'application/json' ||
      type === 'multipart/form-data' ||
      (type === 'application/x-www-form-urlencoded' && isQueryByPost(head))
    if (!accepted) {
      return refusal(
        415,
        'Unsupported media type: send application/json or multipart/form-data, or a form-encoded query with X-Payload-HTTP-Method-Override: GET.',
      )
    }
  }
  return null
}

/**
 * A read sent as a POST, its query string in a form-encoded body: Payload's admin panel asks for a
 * relationship or upload field's options this way (too long for an address), and Payload answers
 * it as the GET the override header names. A form on another site cannot set the header.
 * @param {RequestHead} head
 */
function isQueryByPost({ method, headers }) {
  const override = single(headers['x-payload-http-method-override']) ?? single(headers['x-http-method-override'])
  return method === 'POST' && override === 'GET'
}

/** @param {import('node:http').IncomingHttpHeaders} headers */
export function hasBody(headers) {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0
}

/**
 * The nesting depth of JSON text (brackets outside strings), without parsing it.
 * @param {string} text
 */
export function jsonDepth(text) {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return deepest
}

/**
 * Why JSON text would be refused, or null when it is readable and shallow enough.
 * @param {string} text
 */
export function jsonProblem(text) {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return `JSON nested deeper than ${MAX_JSON_DEPTH} levels.`
  try {
    JSON.parse(text)
    return null
  } catch {
    return 'The body is not valid JSON.'
  }
}

/**
 * The parts of a multipart/form-data body, or null when it is not one with this boundary.
 * @param {Buffer} body
 * @param {string} boundary
 * @returns {{ name: string, file: boolean, value: Buffer }[] | null}
 */
export function multipartParts(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  if (at === -1 || body.subarray(0, at).toString('latin1').trim() !== '') return null
  const parts = []
  for (;;) {
    const after = at + delimiter.length
    if (body.subarray(after, after + 2).toString('latin1') === '--') return parts
    const headerEnd = body.indexOf('\r\n\r\n', after)
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), after)
    if (headerEnd === -1 || next === -1 || headerEnd > next) return null
    const partHeaders = body.subarray(after, headerEnd).toString('utf8')
    const name = /name="([^"]*)"/i.exec(partHeaders)?.[1]
    if (name === undefined) return null
    parts.push({ name, file: /filename="/i.test(partHeaders), value: body.subarray(headerEnd + 4, next) })
    at = next + 2
  }
}

/** @param {string | undefined} contentType */
const boundaryOf = (contentType) =>
  /boundary=(?:"([^"]+)"|([^;\s]+))/i
    .exec(contentType ?? '')
    ?.slice(1)
    .find(Boolean)

/** @type {Set<string> | null | undefined} */
let actionIds

/** Server action ids of the build Next.js serves (its manifest), or null when unreadable. */
function knownActionIds() {
  if (actionIds === undefined) {
    try {
      const file = path.resolve(process.env.NEXT_DIST_DIR ?? '.next', 'server', 'server-reference-manifest.json')
      const manifest = JSON.parse(readFileSync(file, 'utf8'))
      actionIds = new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})])
    } catch {
      actionIds = null
    }
  }
  return actionIds
}

/** Next.js's length for a server action id (next/dist/shared/lib/server-reference-info.js). */
const ACTION_ID_LENGTH = 42

/**
 * A `Next-Action` id this build does not have, answered as Next.js would (400 for one that cannot
 * be an id, 409 for one from another deployment, with the header its client router reads to
 * reload the page), but without Next.js's warning and stack trace in the log for each probe.
 * @param {string | string[] | undefined} value
 * @returns {Refusal | null}
 */
function unrecognizedAction(value) {
  if (value === undefined) return null
  const id = single(value) ?? ''
  const headers = { 'x-nextjs-action-not-found': '1' }
  if (id.length !== ACTION_ID_LENGTH) return { status: 400, message: 'Invalid Server Action request.', headers }
  const known = knownActionIds()
  if (known && !known.has(id)) return { status: 409, message: 'Server Action unavailable.', headers }
  return null
}

/**
 * Tags of React's reply format (how a client sends a server action its arguments) whose value is
 * in the string itself: `$$` (a string that starts with `$`), `$H`, `$T`, `$K` (a FormData
 * built from the form's own fields), Infinity, -0, NaN, undefined, dates and big integers. Any
 * other string that starts with `$` points at another part of the body by a hexadecimal id.
 */
const SELF_CONTAINED_TAGS = new Set(['$', 'H', 'T', 'K', 'I', '-', 'N', 'u', 'D', 'n'])
/** Tags followed by a part's id; after any other character the id starts at once (`$1a`). */
const REFERENCE_TAGS = new Set([...'@hQWiBRrXxAOoUSsLlGgMmV'])
/** References whose part must be a file (a Blob, or the bytes of a typed array). */
const BINARY_TAGS = new Set([...'BAOoUSsLlGgMmV'])

/**
 * Why React could not decode these parts of a reply, or null. React fails with a 500 (Next.js
 * answers for it) on a reference to a part the body does not have, on binary data that is no
 * file, and on arguments that are not a list.
 * @param {Map<string, { file: boolean, value: Buffer }>} parts the reply's parts by name
 * @param {string} prefix the names' prefix (`$ACTION_1:` in a form posted without JavaScript)
 * @param {string} root the part whose value must be the list of arguments
 * @returns {string | null}
 */
function replyProblem(parts, prefix, root) {
  /** @type {string | null} */
  let problem = null
  /** @param {unknown} value */
  const visit = (value) => {
    if (problem) return
    if (Array.isArray(value)) return value.forEach(visit)
    if (typeof value === 'object' && value !== null) return Object.values(value).forEach(visit)
    if (typeof value !== 'string' || !value.startsWith('$')) return
    const tag = value.charAt(1)
    if (SELF_CONTAINED_TAGS.has(tag)) return
    const id = Number.parseInt(value.slice(REFERENCE_TAGS.has(tag) ? 2 : 1), 16)
    const part = Number.isSafeInteger(id) ? parts.get(`${prefix}${id}`) : undefined
    if (!part) problem = 'a reference to a part the body does not have'
    else if (BINARY_TAGS.has(tag) && !part.file) problem = 'binary data that is not a file'
  }
  for (const [name, part] of parts) {
    if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length)) || part.file) continue
    let value
    try {
      value = JSON.parse(part.value.toString('utf8'))
    } catch {
      return 'a part that is not JSON'
    }
    if (name === root && !Array.isArray(value)) return 'arguments that are not a list'
    visit(value)
    if (problem) return problem
  }
  return null
}

/**
 * A form posted without JavaScript (an MPA action): React reads a bound action's metadata from
 * `$ACTION_<n>:0` and its bound arguments from the part its `bound` names, and throws, so
 * Next.js answers 500, when either is missing or unreadable, or the action is not one of this
 * build's.
 * @param {{ name: string, file: boolean, value: Buffer }[]} parts
 */
function formActionProblem(parts) {
  const known = knownActionIds()
  const byName = new Map(parts.map((part) => [part.name, part]))
  for (const part of parts) {
    const ref = /^\$ACTION_REF_(.*)$/.exec(part.name)
    if (!ref) continue
    const prefix = `$ACTION_${ref[1]}:`
    const meta = byName.get(`${prefix}0`)
    let id
    let bound
    try {
      ;({ id, bound } = meta ? JSON.parse(meta.value.toString('utf8')) : {})
    } catch {
      // reported below
    }
    if (typeof id !== 'string' || (known && !known.has(id))) return 'Bad request: unknown or malformed form action.'
    const boundPart = typeof bound === 'string' ? /^\$@([0-9a-f]+)$/.exec(bound) : null
    if (bound !== null && bound !== undefined && !boundPart) return 'Bad request: malformed form action.'
    const root = boundPart ? `${prefix}${Number.parseInt(boundPart[1] ?? '', 16)}` : ''
    const problem = replyProblem(byName, prefix, root)
    if (problem || (root && !byName.has(root))) return `Bad request: the form action has ${problem ?? 'no arguments'}.`
  }
  return null
}

/**
 * Everything decidable from a complete body within its limit, or null when it may go on.
 * @param {RequestHead} head
 * @param {Buffer} body
 * @returns {Refusal | null}
 */
export function checkBody(head, body) {
  const { pathname, headers } = head
  const contentType = (headers['content-type'] ?? '').toLowerCase()
  const api = under(pathname, '/api')
  const action = isActionRequest(head)
  if (!api && !action) return null
  if (contentType.startsWith('multipart/form-data')) {
    const boundary = boundaryOf(headers['content-type'])
    const parts = boundary ? multipartParts(body, boundary) : null
    if (!parts) return refusal(400, 'Bad request: malformed multipart body.')
    const jsonFields = api
      ? parts.filter((part) => part.name === '_payload')
      : headers['next-action'] !== undefined
        ? parts.filter((part) => !part.file && /^\d+$/.test(part.name))
        : []
    for (const field of jsonFields) {
      const problem = jsonProblem(field.value.toString('utf8'))
      if (problem) return refusal(400, `Bad request: ${problem}`)
    }
    if (action && headers['next-action'] !== undefined) {
      const problem = replyProblem(new Map(parts.map((part) => [part.name, part])), '', '0')
      return problem ? refusal(400, `Bad request: the action's arguments have ${problem}.`) : null
    }
    const formProblem = action ? formActionProblem(parts) : null
    return formProblem ? refusal(400, formProblem) : null
  }
  // A server action called from JavaScript with a plain body: React's reply format is JSON, and
  // the whole body is its only part, "0".
  if ((api && contentType.startsWith('application/json')) || (action && headers['next-action'] !== undefined)) {
    const problem = jsonProblem(body.toString('utf8'))
    if (problem) return refusal(400, `Bad request: ${problem}`)
    if (!action) return null
    const reply = replyProblem(new Map([['0', { file: false, value: body }]]), '', '0')
    return reply ? refusal(400, `Bad request: the action's arguments have ${reply}.`) : null
  }
  return null
}

/** How long the rest of a refused body is read and dropped before the connection is cut. */
const LINGER_MS = 5000

/**
 * Answers a refused request. API clients get Payload's error shape; everyone else plain text.
 * A body that was not read is never parsed: when the client is still sending it (`linger`), the
 * rest is read and dropped for a few seconds, so that the client sees the answer instead of a
 * connection reset (a browser uploading a file too large would show a network error otherwise),
 * then the connection is cut if it has not ended; a client waiting to send (`Expect:
 * 100-continue`) is answered and the connection closed (`close`).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Refusal} refused
 * @param {'read' | 'linger' | 'close'} [unreadBody]
 */
function refuse(req, res, refused, unreadBody = 'read') {
  if (res.headersSent) return
  const api = (req.url ?? '').startsWith('/api')
  const body = api ? JSON.stringify({ errors: [{ message: refused.message }] }) : `${refused.message}\n`
  res.writeHead(refused.status, {
    ...COMMON_HEADERS,
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...(unreadBody === 'close' ? { Connection: 'close' } : {}),
    ...refused.headers,
  })
  res.end(req.method === 'HEAD' ? undefined : body)
  if (unreadBody === 'linger' && !req.complete) {
    req.resume()
    const cut = setTimeout(() => req.socket.destroy(), LINGER_MS)
    cut.unref()
    req.once('end', () => clearTimeout(cut))
    req.once('close', () => clearTimeout(cut))
  }
}

/**
 * Collects a request's body as Node's HTTP parser delivers it, before any reader sees it, then
 * hands it over unchanged. Over the limit, what arrives is dropped and `onTooLarge` runs.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @param {(body: Buffer, release: () => void) => void} onComplete
 * @param {() => void} onTooLarge
 */
function holdBody(req, limit, onComplete, onTooLarge) {
  const push = req.push
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  let refused = false
  req.push = function holdChunk(chunk, encoding) {
    // The rest of a refused body is dropped; its end still ends the request.
    if (refused) return chunk === null ? push.call(req, null) : true
    if (chunk === null) {
      const body = Buffer.concat(chunks, size)
      onComplete(body, () => {
        req.push = push
        if (size > 0) push.call(req, body)
        push.call(req, null)
      })
      return false
    }
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding)
    size += buffer.length
    if (size > limit) {
      refused = true
      chunks.length = 0
      onTooLarge()
      return true
    }
    chunks.push(buffer)
    return true
  }
}

/**
 * A form posted to a server action without JavaScript, which Next.js reads with the platform's
 * own FormData parser (a stricter one than multipartParts).
 * @param {RequestHead} head
 */
function isFormPostedWithoutScript(head) {
  return (
    isActionRequest(head) &&
    head.headers['next-action'] === undefined &&
    (head.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')
  )
}

/**
 * Whether the parser Next.js reads such a form with can read this body: one it cannot read makes
 * Next.js answer 500.
 * @param {RequestHead} head
 * @param {Buffer} body
 */
async function readableAsForm(head, body) {
  try {
    await new Response(body, { headers: { 'content-type': String(head.headers['content-type']) } }).formData()
    return true
  } catch {
    return false
  }
}

/**
 * Puts the checks in front of every request listener of a server (Next.js's and the preload's):
 * a refused request reaches none of them. Call it after the other listeners are registered.
 * @param {import('node:http').Server} server
 * @param {BodyLimits} limits
 */
export function guardRequests(server, limits = bodyLimits()) {
  const listeners = server.listeners('request')
  server.removeAllListeners('request')
  // `Expect: 100-continue`: refuse before the client sends the body (Node.js would otherwise
  // answer 100 Continue on its own first).
  server.on('checkContinue', (req, res) => {
    const refusedHead = checkHead(req, limits)
    if (refusedHead) return refuse(req, res, refusedHead, 'close')
    res.writeContinue()
    server.emit('request', req, res)
  })
  server.on('request', function guardedRequest(req, res) {
    const pass = () => {
      for (const listener of listeners) listener.call(server, req, res)
    }
    const refusedHead = checkHead(req, limits)
    if (refusedHead) return refuse(req, res, refusedHead, hasBody(req.headers) ? 'linger' : 'read')
    if (!hasBody(req.headers)) return pass()
    const url = req.url ?? '/'
    const queryAt = url.indexOf('?')
    const head = {
      method: req.method ?? 'GET',
      pathname: queryAt === -1 ? url : url.slice(0, queryAt),
      headers: req.headers,
    }
    holdBody(
      req,
      bodyLimitOf(head, limits),
      (body, release) => {
        const refusedBody = checkBody(head, body)
        if (refusedBody) return refuse(req, res, refusedBody)
        const go = () => {
          release()
          pass()
        }
        if (!isFormPostedWithoutScript(head)) return go()
        void readableAsForm(head, body).then((readable) =>
          readable ? go() : refuse(req, res, refusal(400, 'Bad request: malformed multipart body.')),
        )
      },
      () => refuse(req, res, refusal(413, 'Request body too large.'), 'linger'),
    )
  })
}
