import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import fc from 'fast-check'

import { ensureAdmin, signIn } from '../helpers/e2eAccounts'

/**
 * Malformed and oversized requests answer 4xx with a plain message, never 5xx or a stack trace
 * (security probe L1 and M3): one row per class of the probe, then a property-based sweep of
 * hostile requests over every public route and the REST API. Requests go out through node:http
 * so that paths, methods and headers reach the server exactly as written.
 */

interface Answer {
  status: number
  text: string
}

interface Sent {
  method?: string
  path: string
  headers?: Record<string, string>
  /** Sent in these chunks (no Content-Length, chunked) when an array. */
  body?: string | Buffer | string[]
}

function send(baseURL: string, { method = 'GET', path: target, headers = {}, body }: Sent): Promise<Answer> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const length =
      body === undefined || Array.isArray(body) ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }
    const req = http.request({ host: hostname, port, method, path: target, headers: { ...length, ...headers } })
    let answered = false
    req.on('response', (res) => {
      answered = true
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
    })
    // The server may close while a body it refused is still being written: its answer came first.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered) reject(error)
    })
    const write = () => {
      if (Array.isArray(body)) for (const chunk of body) req.write(chunk)
      else if (body !== undefined) req.write(body)
      req.end()
    }
    // A client that asks first (as curl does for large bodies) sends the body only when told to.
    if (headers.Expect === '100-continue') {
      req.on('continue', write)
      req.flushHeaders()
    } else write()
  })
}

const STACK_TRACE = /\n\s+at \S|\/node_modules\/|\.next\/server|webpack-internal|turbopack:\/\//

function expectPlainRefusal(answer: Answer, label: string) {
  expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(answer.status, label).toBeLessThan(500)
  expect(answer.text, label).not.toMatch(STACK_TRACE)
}

function multipart(boundary: string, fields: [string, string][]) {
  return (
    fields
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('') + `--${boundary}--\r\n`
  )
}

/** The id of a server action of this build (the contact form's). */
function actionId(): string {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, unknown>
  }
  const id = Object.keys(manifest.node)[0]
  expect(id).toBeDefined()
  return id as string
}

/**
 * The address with the `_rsc` value Next.js expects for these headers (it redirects there first),
 * or the plain address when the request is refused before Next.js sees it.
 */
async function rscAddress(baseURL: string, target: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(baseURL)
  const location = await new Promise<string>((resolve, reject) => {
    http
      .get({ host: hostname, port, path: target, headers }, (res) => {
        res.resume()
        resolve(res.headers.location ?? '')
      })
      .on('error', reject)
  })
  const rsc = location ? new URL(location, baseURL).searchParams.get('_rsc') : null
  return rsc ? `${target}${target.includes('?') ? '&' : '?'}_rsc=${rsc}` : target
}

const MB = 1024 * 1024

/** The id of this build's server action exported by `filename` (lib/actions/…). */
function actionIdOf(filename: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string }>
  }
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename)?.[0]
  expect(id, filename).toBeDefined()
  return id as string
}

/** Calls the admin panel's server function (`app/(payload)/layout.tsx`) with `args`, as its client would. */
function callServerFunction(baseURL: string, args: unknown[]) {
  return send(baseURL, {
    method: 'POST',
    path: '/admin',
    headers: {
      'Next-Action': actionIdOf('app/(payload)/layout.tsx'),
      Origin: baseURL,
      'Content-Type': 'text/plain;charset=UTF-8',
    },
    body: JSON.stringify(args),
  })
}

test('a server function of the admin panel that Payload refuses answers 401 or 403, not 500', async ({ baseURL }) => {
  for (const name of ['render-list', 'get-upcoming-scheduled-publish']) {
    const answer = await callServerFunction(baseURL ?? '', [{ name, args: { collectionSlug: 'users' } }])
    expect([401, 403], name).toContain(answer.status)
    expect(answer.text, name).not.toMatch(STACK_TRACE)
  }
})

test('a call to the admin panel’s server functions it never makes answers 404, not 500', async ({ baseURL }) => {
  const calls = [
    [{ name: 'no-such-function', args: {} }],
    [{ name: 'table-state', args: 5 }],
    [{ name: 'render-list', args: 'abc' }],
    [{ name: 'render-list', args: [] }],
    [{ args: {} }],
    [null],
    ['render-list'],
  ]
  for (const call of calls) {
    const answer = await callServerFunction(baseURL ?? '', call)
    expect(answer.status, JSON.stringify(call)).toBe(404)
    expect(answer.text, JSON.stringify(call)).not.toMatch(STACK_TRACE)
  }
})

test.describe('malformed requests answer 4xx', () => {
  test('every class of the security probe', async ({ baseURL, request }) => {
    test.setTimeout(120_000)
    const base = baseURL as string
    await ensureAdmin(request)
    const jwt = { Authorization: `JWT ${await signIn(request)}` }
    const action = actionId()
    const json = { 'Content-Type': 'application/json' }
    const garbageTree = { RSC: '1', 'Next-Router-State-Tree': 'garbage' }

    const rows: [string, Sent, number][] = [
      // 1. Undecodable paths, under every section and the downloads.
      ...['/%', '/%ZZ', '/%C0%AE%C0%AE'].flatMap((bad): [string, Sent, number][] =>
        ['', '/projects', '/events', '/reports', '/news', '/blog', '/members', '/a/b/c'].map((section) => [
          `undecodable ${section}${bad}`,
          { path: `${section}${bad}` },
          400,
        ]),
      ),
      ['undecodable citation', { path: '/reports/%ZZ/citation.bib' }, 400],
      ['undecodable calendar', { path: '/events/%C0%AE/calendar.ics' }, 400],
      // 2. NUL in a slug.
      ['NUL in a citation slug', { path: '/reports/%00/citation.bib' }, 400],
      ['NUL in a RIS slug', { path: '/reports/a%00b/citation.ris' }, 400],
      // 3. REST ids and pages that are no integers.
      ['id abc', { path: '/api/posts/abc' }, 404],
      ['id 7.9', { path: '/api/posts/7.9' }, 404],
      ['id out of range', { path: '/api/posts/99999999999999999999' }, 404],
      ['member id abc', { path: '/api/members/abc' }, 404],
      ['redirect id abc', { path: '/api/redirects/abc' }, 404],
      ['media id abc', { path: '/api/media/abc' }, 404],
      ['where id in abc', { path: '/api/posts?where[id][in]=abc' }, 400],
      ['negative page', { path: '/api/posts?page=-5' }, 400],
      // 4. Upload files that do not exist.
      ['missing image', { path: '/api/media/file/nope.png' }, 404],
      ['missing PDF', { path: '/api/documents/file/nope.pdf' }, 404],
      ['NUL in a file name', { path: '/api/media/file/x%00.png' }, 400],
      // 5. The contact action: oversized, malformed.
      [
        'action over 1 MB',
        {
          method: 'POST',
          path: '/contact',
          headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
          body: multipart('b', [['message', 'a'.repeat(1.5 * MB)]]),
        },
        413,
      ],
      [
        'action over 1 MB, chunked',
        {
          method: 'POST',
          path: '/contact',
          headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
          body: ['--b\r\nContent-Disposition: form-data; name="m"\r\n\r\n', 'a'.repeat(MB), 'a'.repeat(MB)],
        },
        413,
      ],
      [
        'multipart with a wrong boundary',
        {
          method: 'POST',
          path: '/contact',
          headers: { 'Content-Type': 'multipart/form-data; boundary=abc' },
          body: multipart('xyz', [['a', 'b']]),
        },
        400,
      ],
      [
        'garbage form action',
        {
          method: 'POST',
          path: '/contact',
          headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
          body: multipart('b', [
            ['$ACTION_REF_1', ''],
            ['$ACTION_1:1', '[]'],
          ]),
        },
        400,
      ],
      [
        'unknown form action',
        {
          method: 'POST',
          path: '/contact',
          headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
          body: multipart('b', [
            ['$ACTION_REF_1', ''],
            ['$ACTION_1:0', '{"id":"0000000000000000000000000000000000000000aa","bound":null}'],
          ]),
        },
        400,
      ],
      [
        'real action id, body {{{',
        {
          method: 'POST',
          path: '/contact',
          headers: { 'Next-Action': action, 'Content-Type': 'text/plain' },
          body: '{{{',
        },
        400,
      ],
      // Arguments React cannot decode: not a list, or pointing at parts the body does not have.
      ...['{}', 'null', '1', '["$Q1"]', '["$@1"]', '["$B1"]'].map((body): [string, Sent, number] => [
        `action arguments ${body}`,
        { method: 'POST', path: '/contact', headers: { 'Next-Action': action, 'Content-Type': 'text/plain' }, body },
        400,
      ]),
      ...(
        [
          ['not JSON', 'not json'],
          ['missing', null],
          ['not a list', '{}'],
        ] as const
      ).map(([label, bound]): [string, Sent, number] => [
        `form action whose bound arguments are ${label}`,
        {
          method: 'POST',
          path: '/contact',
          headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
          body: multipart('b', [
            ['$ACTION_REF_1', ''],
            ['$ACTION_1:0', JSON.stringify({ id: actionIdOf('lib/actions/contact.ts'), bound: '$@1' })],
            ...(bound === null ? [] : [['$ACTION_1:1', bound] as [string, string]]),
          ]),
        },
        400,
      ]),
      // 6. Cross-site actions.
      ...['https://evil.example', 'null', ''].map((origin): [string, Sent, number] => [
        `action from Origin "${origin}"`,
        {
          method: 'POST',
          path: '/contact',
          headers: { Origin: origin, 'Next-Action': action, 'Content-Type': 'text/plain' },
          body: '[]',
        },
        403,
      ]),
      // 7. Methods no route answers.
      ...['/api/posts', '/api/health', '/consent', '/api/users/login', '/'].map((target): [string, Sent, number] => [
        `TRACE ${target}`,
        { method: 'TRACE', path: target },
        405,
      ]),
      // Methods a page or a file has no use for (Next.js would render the page, or serve the file).
      ...['/', '/about', '/contact', '/search?q=link'].flatMap((target): [string, Sent, number][] =>
        ['PUT', 'PATCH', 'DELETE', 'OPTIONS'].map((method) => [`${method} ${target}`, { method, path: target }, 405]),
      ),
      ...['/feed.xml', '/sitemap.xml', '/events/calendar.ics'].flatMap((target): [string, Sent, number][] =>
        ['POST', 'PUT', 'DELETE'].map((method) => [`${method} ${target}`, { method, path: target }, 405]),
      ),
      // NUL in a search (PostgreSQL refuses it in text).
      ['NUL in a search', { path: '/search?q=%00' }, 400],
      ['NUL inside a search', { path: '/search?q=link%00' }, 400],
      // The cached result route is not an address of its own, encoded or not.
      ['result route, %', { path: '/search/%25' }, 404],
      ['result route, bad escape', { path: '/search/%25ZZ' }, 404],
      ['result route, NUL', { path: '/search/q%3D%2500' }, 404],
      ['result route, plain', { path: '/search/q%3Dlink' }, 404],
      // Query operators PostgreSQL has no use for here: geometry (no point fields) and `all`.
      ...['near', 'within', 'intersects', 'all'].map((operator): [string, Sent, number] => [
        `where ${operator}`,
        { path: `/api/posts?where[title][${operator}]=1,2,3` },
        400,
      ]),
      [
        'where near, nested, by a form-encoded query',
        {
          method: 'POST',
          path: '/api/reports',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-Payload-HTTP-Method-Override': 'GET',
          },
          body: 'where[or][0][slug][near]=x',
        },
        400,
      ],
      // 8. Verification on a collection without it.
      ['verify garbage', { method: 'POST', path: '/api/users/verify/garbage' }, 404],
      // 10. _payload that is not JSON.
      [
        '_payload {{{',
        {
          method: 'POST',
          path: '/api/posts',
          headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
          body: multipart('b', [['_payload', '{{{']]),
        },
        400,
      ],
      // 11. text/plain to the REST API, signed in.
      [
        'text/plain as an editor',
        { method: 'POST', path: '/api/posts?draft=true', headers: { ...jwt, 'Content-Type': 'text/plain' }, body: 'x' },
        415,
      ],
      // 13. Payload's migrations collection.
      ['payload-migrations', { path: '/api/payload-migrations' }, 404],
      // Payload's first-account form (its configuration names the server's directories).
      ['first-account form', { path: '/admin/create-first-user' }, 404],
      // M3: body limits and nesting.
      [
        '64 MB login',
        {
          method: 'POST',
          path: '/api/users/login',
          headers: { ...json, Expect: '100-continue' },
          body: Buffer.alloc(64 * MB, 'a'),
        },
        413,
      ],
      [
        '3 MB chunked forgot-password',
        {
          method: 'POST',
          path: '/api/users/forgot-password',
          headers: json,
          body: ['{"email":"', 'a'.repeat(3 * MB), '"}'],
        },
        413,
      ],
      [
        '12 MB post as an editor',
        {
          method: 'POST',
          path: '/api/posts?draft=true',
          headers: { ...jwt, ...json, Expect: '100-continue' },
          body: Buffer.alloc(12 * MB, 'a'),
        },
        413,
      ],
      [
        '50,000-deep JSON as an editor',
        {
          method: 'POST',
          path: '/api/posts?draft=true',
          headers: { ...jwt, ...json },
          body: `{"title":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
        },
        400,
      ],
      ['consent over 1 MB', { method: 'POST', path: '/consent', body: 'a'.repeat(MB + 10) }, 413],
      [
        'image over 20 MB',
        {
          method: 'POST',
          path: '/api/media',
          headers: { ...jwt, 'Content-Type': 'multipart/form-data; boundary=b', Expect: '100-continue' },
          body: Buffer.alloc(21 * MB, 'a'),
        },
        413,
      ],
    ]
    // 9. A router state header Next.js cannot read, on pages rendered per request.
    for (const target of ['/contact', '/projects?theme=x', '/events?when=past']) {
      rows.push([
        `router state on ${target}`,
        { path: await rscAddress(base, target, garbageTree), headers: garbageTree },
        400,
      ])
    }

    for (const [label, sent, status] of rows) {
      const answer = await send(base, sent)
      expectPlainRefusal(answer, label)
      expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBe(status)
    }

    // What stays accepted.
    expect((await send(base, { path: '/api/posts/1' })).status).toBeLessThan(500)
    expect((await send(base, { path: '/api/posts?page=1' })).status).toBe(200)
    expect((await send(base, { path: '/projects/caf%C3%A9' })).status).toBe(404)
  })
})

test('a form action called with arguments that are not its form answers with the form’s error, never 5xx', async ({
  baseURL,
}) => {
  const base = baseURL as string
  for (const [filename, page] of [
    ['lib/actions/contact.ts', '/contact'],
    ['lib/actions/comments.ts', '/news/the-oxford-social-prescribing-research-network-launches/comment'],
  ] as const) {
    const id = actionIdOf(filename)
    // From JavaScript, with no form at all.
    for (const body of ['[]', '[{}]', '["$K1"]']) {
      const answer = await send(base, {
        method: 'POST',
        path: page,
        headers: { 'Next-Action': id, 'Content-Type': 'text/plain', Accept: 'text/x-component' },
        body,
      })
      expect(answer.status, `${filename} ${body}`).toBe(200)
      expect(answer.text, `${filename} ${body}`).toMatch(/could not be read\. Reload the page and send it again\./)
    }
    // Without JavaScript, as an unbound action or with no bound arguments: the form is the only one.
    for (const fields of [
      [[`$ACTION_ID_${id}`, '']],
      [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', JSON.stringify({ id, bound: null })],
      ],
    ] as [string, string][][]) {
      const boundary = '----osprn-form-boundary-7MA4YWxkTrZu0gW'
      const answer = await send(base, {
        method: 'POST',
        path: page,
        headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        body: multipart(boundary, [...fields, ['message', 'hello']]),
      })
      expect(answer.status, `${filename} ${fields[0]?.[0]}`).toBe(200)
      expect(answer.text).not.toMatch(STACK_TRACE)
    }
  }
})

test.describe('property-based sweep', () => {
  const routes = [
    '/',
    '/search',
    '/about',
    '/what-is-social-prescribing/policy-context',
    '/cookies',
    '/contact',
    '/contact/sent',
    '/projects',
    '/events',
    '/reports',
    '/members',
    '/news',
    '/blog',
    '/news-and-views',
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/events/calendar.ics',
    '/consent',
    '/next/preview',
    '/next/exit-preview',
    '/api/health',
    '/api/posts',
    '/api/projects',
    '/api/events',
    '/api/reports',
    '/api/members',
    '/api/pages',
    '/api/media',
    '/api/documents',
    '/api/redirects',
    '/api/users',
    '/api/users/login',
    '/api/users/me',
    '/api/users/forgot-password',
    '/api/globals/site-settings',
    '/api/access',
  ]
  const hostile = [
    '%',
    '%ZZ',
    '%C0%AE',
    '%00',
    'a%00b',
    '..%2f..%2f',
    '%2e%2e',
    '-1',
    '0',
    '1.5',
    '1e400',
    'NaN',
    '99999999999999999999',
    'abc',
    '%E2%80%AE',
    'x'.repeat(300),
    'citation.bib',
    'calendar.ics',
    'file/nope.png',
    'verify/garbage',
    '%3Cscript%3E',
  ]
  const segment = fc.oneof(
    fc.constantFrom(...hostile),
    fc.webSegment(),
    fc.string({ maxLength: 12 }).map(encodeURIComponent),
  )
  const pathArb = fc
    .tuple(fc.constantFrom(...routes), fc.array(segment, { maxLength: 2 }))
    .map(([route, rest]) => [route === '/' ? '' : route, ...rest].join('/') || '/')
  const queryArb = fc.array(
    fc.tuple(
      fc.constantFrom(
        'page',
        'limit',
        'depth',
        'where[id][in]',
        'where[id][equals]',
        'where[title][near]',
        'where[slug][all]',
        'sort',
        'draft',
        'theme',
        'when',
        'q',
        '_rsc',
        'returnTo',
      ),
      fc.oneof(fc.constantFrom(...hostile), fc.string({ maxLength: 20 }).map(encodeURIComponent)),
    ),
    { maxLength: 3 },
  )
  const headerValue = fc.oneof(
    fc.constantFrom(
      'garbage',
      'null',
      '',
      'https://evil.example',
      '%',
      '[]',
      '{{{',
      '1',
      'multipart/form-data; boundary=abc',
    ),
    fc.string({ maxLength: 40 }).filter((value) => /^[\x20-\x7e]*$/.test(value)),
  )
  const headersArb = fc.dictionary(
    fc.constantFrom(
      'Origin',
      'Next-Action',
      'Next-Router-State-Tree',
      'RSC',
      'Next-Router-Prefetch',
      'Content-Type',
      'Range',
      'Accept',
    ),
    headerValue,
    { maxKeys: 3 },
  )
  const bodyArb = fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.constantFrom(
      '{{{',
      '['.repeat(2000),
      '{"email":"a@b.c","password":"x"}',
      '--abc\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{{{\r\n--abc--\r\n',
    ),
    fc.integer({ min: 1, max: 3 }).map((megabytes) => 'a'.repeat(megabytes * MB - 10)),
  )

  test('no 5xx and no stack trace for hostile requests to every route', async ({ baseURL }) => {
    test.setTimeout(180_000)
    const started = Date.now()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'GET', 'HEAD', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'),
        pathArb,
        queryArb,
        headersArb,
        bodyArb,
        async (method, target, query, headers, body) => {
          const search = query.map(([name, value]) => `${name}=${value}`).join('&')
          const sent = {
            method,
            path: search ? `${target}?${search}` : target,
            headers,
            body: method === 'GET' || method === 'HEAD' ? undefined : body,
          }
          const answer = await send(baseURL as string, sent)
          expect(
            answer.status,
            `${JSON.stringify({ ...sent, body: sent.body?.slice(0, 80) })}: ${answer.text.slice(0, 200)}`,
          ).toBeLessThan(500)
          expect(answer.text).not.toMatch(STACK_TRACE)
        },
      ),
      { seed: 20261202, numRuns: 300, endOnFailure: true },
    )
    expect(Date.now() - started).toBeLessThan(120_000)
  })
})
