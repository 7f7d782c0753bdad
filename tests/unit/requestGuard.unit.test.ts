import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { afterAll, afterEach, describe, expect, it } from 'vitest'

import { bodyLimits } from '@/server/bodyLimits.mjs'
import { checkBody, checkHead, guardRequests, jsonDepth, MAX_JSON_DEPTH } from '@/server/requestGuard.mjs'

/** The build's server actions, as the guard reads them: one known id, whatever .next holds here. */
const KNOWN_ACTION = '60ade37d0f607f054c617386438cf13f55e9ca9280'
const distDir = mkdtempSync(path.join(tmpdir(), 'guard-'))
mkdirSync(path.join(distDir, 'server'))
writeFileSync(
  path.join(distDir, 'server', 'server-reference-manifest.json'),
  JSON.stringify({ node: { [KNOWN_ACTION]: { workers: {} } }, edge: {} }),
)
const previousDistDir = process.env.NEXT_DIST_DIR
process.env.NEXT_DIST_DIR = distDir
afterAll(() => {
  if (previousDistDir === undefined) delete process.env.NEXT_DIST_DIR
  else process.env.NEXT_DIST_DIR = previousDistDir
  rmSync(distDir, { recursive: true, force: true })
})

const limits = bodyLimits({})
const MB = 1024 * 1024
const head = (url: string, headers: http.IncomingHttpHeaders = {}, method = 'GET') =>
  checkHead({ method, url, headers: { host: 'site.example', ...headers } }, limits)
const statusOf = (...args: Parameters<typeof head>) => head(...args)?.status ?? 'pass'

describe('the request line', () => {
  it('refuses paths that are not percent-encoded UTF-8, or that hold NUL, with 400', () => {
    for (const path of ['/%', '/%ZZ', '/%C0%AE%C0%AE', '/projects/%E0%A4%A', '/reports/%ZZ/citation.bib']) {
      expect(statusOf(path), path).toBe(400)
    }
    for (const path of ['/reports/%00/citation.bib', '/reports/a%00b/citation.ris', '/api/media/file/x%00.png']) {
      expect(statusOf(path), path).toBe(400)
    }
    for (const path of ['/search?q=%00', '/search?q=link%00', '/projects?theme=%00', '/api/posts?where[id][in]=%00']) {
      expect(statusOf(path), path).toBe(400)
    }
    for (const path of ['/', '/projects/caf%C3%A9', '/search?q=%ZZ', '/search?q=%2500', '/search?q=%01']) {
      expect(statusOf(path), path).toBe('pass')
    }
  })

  it('answers 405 with Allow for methods no route has', () => {
    for (const method of ['TRACE', 'CONNECT', 'TRACK', 'PROPFIND']) {
      const refused = head('/api/posts', {}, method)
      expect(refused?.status, method).toBe(405)
      expect(refused?.headers?.Allow).toContain('GET')
    }
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      expect(statusOf('/api/posts', {}, method), method).toBe('pass')
    }
  })

  it('answers 405 for methods other than GET, HEAD and POST on pages, and other than GET and HEAD on files', () => {
    for (const path of ['/', '/about', '/contact', '/news/a-post/comment', '/search?q=x', '/admin', '/consent']) {
      for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        const refused = head(path, {}, method)
        expect(refused?.status, `${method} ${path}`).toBe(405)
        expect(refused?.headers?.Allow, `${method} ${path}`).toBe('GET, HEAD, POST')
      }
      for (const method of ['GET', 'HEAD', 'POST']) expect(statusOf(path, {}, method), `${method} ${path}`).toBe('pass')
    }
    for (const path of [
      '/feed.xml',
      '/reports/a/citation.bib',
      '/events/a/calendar.ics',
      '/favicon.ico',
      '/_next/static/x.js',
    ]) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        const refused = head(path, {}, method)
        expect(refused?.status, `${method} ${path}`).toBe(405)
        expect(refused?.headers?.Allow, `${method} ${path}`).toBe('GET, HEAD')
      }
      for (const method of ['GET', 'HEAD']) expect(statusOf(path, {}, method), `${method} ${path}`).toBe('pass')
    }
  })

  it("answers 404 for Payload's migrations collection, which has no REST endpoints", () => {
    expect(statusOf('/api/payload-migrations')).toBe(404)
    expect(statusOf('/api/payload-migrations/1')).toBe(404)
  })

  it("answers 404 for Payload's first-account form: accounts are created on the server", () => {
    expect(head('/admin/create-first-user')).toMatchObject({
      status: 404,
      message: expect.stringContaining('create-admin'),
    })
    expect(statusOf('/admin/create-first-user?x=1')).toBe(404)
    expect(statusOf('/admin/login')).toBe('pass')
    expect(statusOf('/admin')).toBe('pass')
  })

  it('refuses a router state header Next.js cannot read', () => {
    const valid = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]))
    expect(statusOf('/projects', { rsc: '1', 'next-router-state-tree': valid })).toBe('pass')
    for (const bad of ['garbage', '%', '{}', encodeURIComponent('[1,2]')]) {
      expect(statusOf('/projects', { rsc: '1', 'next-router-state-tree': bad }), bad).toBe(400)
    }
  })
})

describe('server actions', () => {
  const action = { 'next-action': KNOWN_ACTION, 'content-type': 'text/plain' }

  it('answers an action id this build does not have as Next.js would, without reaching it', () => {
    const refused = (id: string) => head('/contact', { ...action, 'next-action': id }, 'POST')
    expect(refused('garbage')).toMatchObject({ status: 400, headers: { 'x-nextjs-action-not-found': '1' } })
    expect(refused('7f'.repeat(21))).toMatchObject({ status: 409, headers: { 'x-nextjs-action-not-found': '1' } })
    expect(refused(KNOWN_ACTION)).toBeNull()
    // Not an action: a GET, or a route handler.
    expect(statusOf('/contact', { 'next-action': 'garbage' })).toBe('pass')
    expect(statusOf('/consent', { 'next-action': 'garbage' }, 'POST')).toBe('pass')
  })

  it('refuses a foreign, null, empty or unreadable Origin with 403', () => {
    for (const origin of ['https://evil.example', 'null', '', 'not a url', 'https://site.example.evil']) {
      expect(statusOf('/contact', { ...action, origin }, 'POST'), origin).toBe(403)
      expect(statusOf('/contact', { 'content-type': 'multipart/form-data; boundary=x', origin }, 'POST')).toBe(403)
    }
    expect(statusOf('/contact', { ...action, origin: 'https://site.example' }, 'POST')).toBe('pass')
    expect(statusOf('/contact', action, 'POST')).toBe('pass')
    expect(
      statusOf('/contact', { ...action, origin: 'https://www.example', 'x-forwarded-host': 'www.example' }, 'POST'),
    ).toBe('pass')
    // Route handlers check their own Origin; only pages and the admin panel run actions.
    expect(statusOf('/consent', { origin: 'https://evil.example' }, 'POST')).toBe('pass')
    expect(statusOf('/admin/collections/posts', { ...action, origin: 'null' }, 'POST')).toBe(403)
  })

  it('limits action bodies to 1 MB by Content-Length', () => {
    expect(statusOf('/contact', { ...action, 'content-length': String(MB) }, 'POST')).toBe('pass')
    expect(statusOf('/contact', { ...action, 'content-length': String(MB + 1) }, 'POST')).toBe(413)
  })

  it('refuses bodies React cannot decode', () => {
    const post = (headers: http.IncomingHttpHeaders, body: string) =>
      checkBody({ method: 'POST', pathname: '/contact', headers }, Buffer.from(body))?.status ?? 'pass'
    expect(post(action, '{{{')).toBe(400)
    expect(post(action, '["$K1"]')).toBe('pass')
    const multipart = (boundary: string, fields: [string, string][]) =>
      fields
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join('') + `--${boundary}--\r\n`
    const type = { 'content-type': 'multipart/form-data; boundary=abc' }
    expect(post(type, multipart('xyz', [['a', 'b']]))).toBe(400)
    expect(post(type, multipart('abc', [['a', 'b']]))).toBe('pass')
    expect(post({ ...type, 'next-action': action['next-action'] }, multipart('abc', [['0', '{{{']]))).toBe(400)
    expect(
      post(
        { ...type, 'next-action': action['next-action'] },
        multipart('abc', [
          ['0', '["$K1"]'],
          ['1_name', 'x'],
        ]),
      ),
    ).toBe('pass')
    // A form posted without JavaScript naming a bound action whose metadata is missing or unknown.
    expect(
      post(
        type,
        multipart('abc', [
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:1', '[]'],
        ]),
      ),
    ).toBe(400)
    // An id this build does not have is checked against .next/server: see the e2e spec.
  })

  it('refuses arguments React would fail on: not a list, or pointing at parts the body does not have', () => {
    const post = (headers: http.IncomingHttpHeaders, body: string) =>
      checkBody({ method: 'POST', pathname: '/contact', headers }, Buffer.from(body))?.status ?? 'pass'
    const multipart = (fields: [string, string, string?][]) =>
      fields
        .map(
          ([name, value, file]) =>
            `--b\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n\r\n${value}\r\n`,
        )
        .join('') + `--b--\r\n`
    const fetchAction = { 'next-action': KNOWN_ACTION, 'content-type': 'multipart/form-data; boundary=b' }
    // Called from JavaScript with a plain body: the body is the only part.
    for (const body of [
      '{}',
      'null',
      '1',
      '"x"',
      '["$Q1"]',
      '["$@1"]',
      '["$B1"]',
      '["$1"]',
      '[{"a":["$W2"]}]',
      '["$"]',
    ]) {
      expect(post(action, body), body).toBe(400)
    }
    for (const body of ['[]', '[{}]', '["$$1"]', '["$undefined", "$D2026-01-01T00:00:00.000Z", "$n12", "$-0", "$T"]']) {
      expect(post(action, body), body).toBe('pass')
    }
    // Called from JavaScript with a FormData: references must find their part, binary ones a file.
    expect(
      post(
        fetchAction,
        multipart([
          ['0', '[{},"$K1"]'],
          ['1_message', 'hello'],
        ]),
      ),
    ).toBe('pass')
    expect(
      post(
        fetchAction,
        multipart([
          ['0', '["$@1"]'],
          ['1', '{}'],
        ]),
      ),
    ).toBe('pass')
    expect(
      post(
        fetchAction,
        multipart([
          ['0', '["$B1"]'],
          ['1', 'bytes', 'blob'],
        ]),
      ),
    ).toBe('pass')
    expect(
      post(
        fetchAction,
        multipart([
          ['0', '["$@2"]'],
          ['1', '{}'],
        ]),
      ),
    ).toBe(400)
    expect(
      post(
        fetchAction,
        multipart([
          ['0', '["$B1"]'],
          ['1', 'not a file'],
        ]),
      ),
    ).toBe(400)
    expect(post(fetchAction, multipart([['0', '{"a":1}']]))).toBe(400)
    expect(
      post(
        fetchAction,
        multipart([
          ['0', '["$@1"]'],
          ['1', '["$Q9"]'],
        ]),
      ),
    ).toBe(400)
    // Posted without JavaScript: the bound arguments must be where the metadata says, as a list.
    const meta = (bound: string) => JSON.stringify({ id: KNOWN_ACTION, bound })
    const form = { 'content-type': 'multipart/form-data; boundary=b' }
    const valid: [string, string][] = [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', meta('$@1')],
      ['$ACTION_1:1', '[{}]'],
      ['$ACTION_KEY', 'k'],
      ['message', 'hello'],
    ]
    expect(post(form, multipart(valid))).toBe('pass')
    expect(
      post(
        form,
        multipart([
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', JSON.stringify({ id: KNOWN_ACTION, bound: null })],
        ]),
      ),
    ).toBe('pass')
    const broken: [string, [string, string][]][] = [
      [
        'bound part not JSON',
        [
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', meta('$@1')],
          ['$ACTION_1:1', 'not json'],
        ],
      ],
      [
        'bound part missing',
        [
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', meta('$@1')],
        ],
      ],
      [
        'bound part not a list',
        [
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', meta('$@1')],
          ['$ACTION_1:1', '{}'],
        ],
      ],
      [
        'bound not a reference',
        [
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', meta('x')],
          ['$ACTION_1:1', '[{}]'],
        ],
      ],
      [
        'dangling reference',
        [
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', meta('$@1')],
          ['$ACTION_1:1', '["$Q5"]'],
        ],
      ],
    ]
    for (const [label, fields] of broken) expect(post(form, multipart(fields)), label).toBe(400)
  })
})

describe('the REST API', () => {
  it('limits JSON to 2 MB and uploads by collection', () => {
    const json = { 'content-type': 'application/json' }
    expect(statusOf('/api/users/login', { ...json, 'content-length': String(2 * MB) }, 'POST')).toBe('pass')
    expect(statusOf('/api/users/login', { ...json, 'content-length': String(64 * MB) }, 'POST')).toBe(413)
    const form = { 'content-type': 'multipart/form-data; boundary=x' }
    expect(statusOf('/api/media', { ...form, 'content-length': String(20 * MB) }, 'POST')).toBe('pass')
    expect(statusOf('/api/media', { ...form, 'content-length': String(20 * MB + 1) }, 'POST')).toBe(413)
    expect(statusOf('/api/documents/3', { ...form, 'content-length': String(50 * MB) }, 'PATCH')).toBe('pass')
    expect(statusOf('/api/documents', { ...form, 'content-length': String(50 * MB + 1) }, 'POST')).toBe(413)
    expect(statusOf('/api/posts', { ...form, 'content-length': String(3 * MB) }, 'POST')).toBe(413)
    expect(statusOf('/consent', { 'content-length': String(MB + 1) }, 'POST')).toBe(413)
  })

  it('reads the limits from the environment', () => {
    expect(bodyLimits({ API_BODY_LIMIT_MB: '0.5', IMAGE_UPLOAD_LIMIT_MB: '5', DOCUMENT_UPLOAD_LIMIT_MB: 'x' })).toEqual(
      {
        form: MB,
        api: MB / 2,
        image: 5 * MB,
        document: 50 * MB,
      },
    )
  })

  it('answers 415 for bodies that are neither JSON nor multipart', () => {
    const body = { 'content-length': '1' }
    expect(statusOf('/api/posts', { ...body, 'content-type': 'text/plain' }, 'POST')).toBe(415)
    expect(statusOf('/api/posts', body, 'PATCH')).toBe(415)
    expect(statusOf('/api/posts', { ...body, 'content-type': 'application/json; charset=utf-8' }, 'POST')).toBe('pass')
    expect(statusOf('/api/users/logout', { 'content-length': '0' }, 'POST')).toBe('pass')
  })

  it("lets through the admin panel's form-encoded queries (a relationship field's options), and no other form body", () => {
    const form = { 'content-length': '40', 'content-type': 'application/x-www-form-urlencoded' }
    expect(statusOf('/api/members', { ...form, 'x-payload-http-method-override': 'GET' }, 'POST')).toBe('pass')
    expect(statusOf('/api/members', { ...form, 'x-http-method-override': 'GET' }, 'POST')).toBe('pass')
    // A form posted from anywhere (it cannot set the header), or an override to anything but a read.
    expect(statusOf('/api/members', form, 'POST')).toBe(415)
    expect(statusOf('/api/members', { ...form, 'x-payload-http-method-override': 'DELETE' }, 'POST')).toBe(415)
    expect(statusOf('/api/members/1', { ...form, 'x-payload-http-method-override': 'GET' }, 'PATCH')).toBe(415)
  })

  it('refuses malformed or deeply nested JSON, also inside a multipart _payload', () => {
    const post = (headers: http.IncomingHttpHeaders, body: string) =>
      checkBody({ method: 'POST', pathname: '/api/posts', headers }, Buffer.from(body))?.status ?? 'pass'
    const json = { 'content-type': 'application/json' }
    expect(post(json, '['.repeat(50_000) + ']'.repeat(50_000))).toBe(400)
    expect(post(json, '{"a":')).toBe(400)
    expect(post(json, '{"title":"[[[[{{{{"}')).toBe('pass')
    const form = { 'content-type': 'multipart/form-data; boundary=b' }
    expect(post(form, '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{{{\r\n--b--\r\n')).toBe(400)
    expect(post(form, '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"a":1}\r\n--b--\r\n')).toBe(
      'pass',
    )
    expect(post(form, 'garbage')).toBe(400)
  })
})

describe('jsonDepth', () => {
  it('counts nesting outside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"]]]}}}"}]}')).toBe(3)
    expect(jsonDepth('"\\"[["')).toBe(0)
    expect(MAX_JSON_DEPTH).toBeGreaterThanOrEqual(64)
  })

  it('matches the depth of any JSON value', () => {
    const depth = (value: unknown): number =>
      value !== null && typeof value === 'object'
        ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depth))
        : 0
    fc.assert(
      fc.property(fc.jsonValue(), (value) => jsonDepth(JSON.stringify(value)) === depth(value)),
      { seed: 4242, numRuns: 500 },
    )
  })

  it('never throws on hostile request lines and headers', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('GET', 'POST', 'TRACE', 'PUT'),
        fc.dictionary(
          fc.constantFrom('origin', 'next-action', 'content-type', 'content-length', 'next-router-state-tree', 'host'),
          fc.string(),
        ),
        (path, method, headers) => {
          head(`/${path}`, headers, method)
          checkBody({ method, pathname: `/${path}`, headers }, Buffer.from(path))
        },
      ),
      { seed: 4242, numRuns: 1000 },
    )
  })
})

describe('guardRequests on a server', () => {
  let server: http.Server | undefined
  afterEach(() => server?.close())

  /** A server whose only listener echoes the body it read, behind the guard. */
  async function start(): Promise<{ port: number; seen: string[] }> {
    const seen: string[] = []
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        seen.push(req.url ?? '')
        res.end(Buffer.concat(chunks))
      })
    })
    guardRequests(server, { ...limits, api: 1000 })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    return { port: (server.address() as AddressInfo).port, seen }
  }

  function send(port: number, path: string, body: string[], headers: http.OutgoingHttpHeaders = {}) {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', path, method: 'POST', headers }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      req.on('error', reject)
      for (const chunk of body) req.write(chunk)
      req.end()
    })
  }

  it('hands a chunked body within the limit to the listener unchanged', async () => {
    const { port, seen } = await start()
    const json = { 'Content-Type': 'application/json' }
    const answer = await send(port, '/api/posts', ['{"title":', '"y"}'], json)
    expect(answer).toEqual({ status: 200, text: '{"title":"y"}' })
    expect(seen).toEqual(['/api/posts'])
  })

  it('refuses a chunked body over the limit before the listener sees it', async () => {
    const { port, seen } = await start()
    const answer = await send(port, '/api/users/login', ['{"email":"', 'a'.repeat(600), 'a'.repeat(600), '"}'], {
      'Content-Type': 'application/json',
    })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.text)).toEqual({ errors: [{ message: 'Request body too large.' }] })
    expect(seen).toEqual([])
  })

  it('refuses a malformed request without calling the listener', async () => {
    const { port, seen } = await start()
    expect((await send(port, '/%ZZ', [])).status).toBe(400)
    expect((await send(port, '/api/posts', ['{{{'], { 'Content-Type': 'application/json' })).status).toBe(400)
    expect(seen).toEqual([])
  })

  it('refuses a form posted without JavaScript that the platform’s FormData parser cannot read', async () => {
    const { port, seen } = await start()
    const form = (boundary: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_${KNOWN_ACTION}"\r\n\r\n\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="message"\r\n\r\n${value}\r\n--${boundary}--\r\n`
    // Our own multipart reading accepts both; only the second is one the platform reads.
    const unreadable = form('b', 'b')
    expect(
      checkBody(
        { method: 'POST', pathname: '/contact', headers: { 'content-type': 'multipart/form-data; boundary=b' } },
        Buffer.from(unreadable),
      ),
    ).toBeNull()
    const refused = await send(port, '/contact', [unreadable], { 'Content-Type': 'multipart/form-data; boundary=b' })
    expect(refused.status).toBe(400)
    const readable = form('----form-boundary-7MA4YWxkTrZu0gW', 'hello')
    const passed = await send(port, '/contact', [readable], {
      'Content-Type': 'multipart/form-data; boundary=----form-boundary-7MA4YWxkTrZu0gW',
    })
    expect(passed).toEqual({ status: 200, text: readable })
    expect(seen).toEqual(['/contact'])
  })

  it('answers Expect: 100-continue with 413 before the body is sent', async () => {
    const { port, seen } = await start()
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        port,
        host: '127.0.0.1',
        path: '/api/posts',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '5000', Expect: '100-continue' },
      })
      req.on('continue', () => reject(new Error('the server asked for the body')))
      req.on('response', (res) => resolve(res.statusCode ?? 0))
      req.on('error', reject)
      req.flushHeaders()
    })
    expect(status).toBe(413)
    expect(seen).toEqual([])
  })

  it('lets a client still sending a refused body finish and read the answer, rather than a reset', async () => {
    const { port, seen } = await start()
    // Well over the limit, written a piece at a time, as a browser uploads a file too large.
    const outcome = await new Promise<{ status: number; error: string | null; written: number }>((resolve) => {
      let status = 0
      let written = 0
      const req = http.request({
        port,
        host: '127.0.0.1',
        path: '/api/users/login',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(40 * 16 * 1024) },
      })
      req.on('response', (res) => {
        status = res.statusCode ?? 0
        res.resume()
      })
      req.on('error', (error) => resolve({ status, error: error.message, written }))
      req.on('close', () => resolve({ status, error: null, written }))
      const write = async () => {
        for (let piece = 0; piece < 40; piece += 1) {
          req.write('a'.repeat(16 * 1024))
          written += 1
          await new Promise((next) => setTimeout(next, 5))
        }
        req.end()
      }
      void write()
    })
    // The connection stayed open until the whole body was sent.
    expect(outcome).toEqual({ status: 413, error: null, written: 40 })
    expect(seen).toEqual([])
  })
})
