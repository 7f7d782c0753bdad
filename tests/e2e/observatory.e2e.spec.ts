import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'

import { TLS_SITE } from '../helpers/e2eTlsSite'

const run = promisify(execFile)

/**
 * Mozilla's HTTP Observatory grades the site as deployed: behind a TLS proxy that redirects http
 * to https (here a few lines of Node with a certificate made for the test), in front of the
 * production server started with an https SITE_URL (playwright.config.ts), which is what turns
 * HSTS on. The grade is computed from the real responses by the Observatory's own tests.
 */
let folder = ''
let front: https.Server
let redirect: http.Server

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'osprn-tls-'))
  const key = path.join(folder, 'key.pem')
  const cert = path.join(folder, 'cert.pem')
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
    '-keyout',
    key,
    '-out',
    cert,
  ])
  front = https.createServer({ key: await readFile(key), cert: await readFile(cert) }, (request, response) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: TLS_SITE.appPort,
        path: request.url,
        method: request.method,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
        answer.pipe(response)
      },
    )
    upstream.on('error', () => response.writeHead(502).end())
    request.pipe(upstream)
  })
  redirect = http.createServer((request, response) => {
    response.writeHead(301, { Location: `${TLS_SITE.url}${request.url ?? '/'}` }).end()
  })
  await new Promise<void>((resolve) => front.listen(TLS_SITE.httpsPort, '127.0.0.1', resolve))
  await new Promise<void>((resolve) => redirect.listen(TLS_SITE.httpPort, '127.0.0.1', resolve))
})

test.afterAll(async () => {
  await new Promise<void>((resolve) => front?.close(() => resolve()))
  await new Promise<void>((resolve) => redirect?.close(() => resolve()))
  await rm(folder, { recursive: true, force: true })
})

interface Grade {
  score: number
  grade: string
  tests: Record<string, { result: string; modifier: number }>
}

async function observatory(page: string): Promise<Grade> {
  const { stdout } = await run(
    process.execPath,
    ['tests/helpers/observatoryScan.mjs', 'localhost', String(TLS_SITE.httpPort), String(TLS_SITE.httpsPort), page],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(folder, 'cert.pem') }, timeout: 60_000 },
  )
  return JSON.parse(stdout) as Grade
}

for (const [name, address] of [
  ['the home page', '/'],
  ['the admin sign-in page', '/admin/login'],
] as const) {
  test(`${name} grades A+ on Mozilla's HTTP Observatory, with a CSP that allows no inline script`, async () => {
    const grade = await observatory(address)
    expect(grade.tests.contentSecurityPolicyTest?.result).toMatch(
      /^csp-implemented-with-(no-unsafe|unsafe-inline-in-style-src-only)/,
    )
    expect(grade.tests.strictTransportSecurityTest?.result).toBe('hsts-implemented-max-age-at-least-six-months')
    expect(Object.values(grade.tests).filter((outcome) => outcome.modifier < 0)).toEqual([])
    expect(grade.score).toBeGreaterThanOrEqual(100)
    expect(grade.grade).toBe('A+')
  })
}
