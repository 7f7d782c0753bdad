/**
 * `npm run bench`: builds, starts the production server on an embedded database (data in
 * .data/bench) and measures, in one run:
 * - the limit: a bare Node server returning each page's exact bytes from memory;
 * - each page type as a fresh visitor, with a consent cookie and with `Sec-GPC: 1`: requests/s,
 *   p50 and p99 latency, the ratio to the limit, the cache status seen, errors; and as a fresh
 *   visitor whose browser asks for compression, as browsers do (its limit returns the same
 *   compressed bytes);
 * - the web server's memory when idle and after the load;
 * - Lighthouse (mobile) for the home page, a listing and a detail page.
 * Every target is warmed up before it is measured (an idle Next.js server is slower for its first
 * seconds), and the web server as a whole again after it sat idle while the limits were measured. BENCH_SKIP_BUILD=true reuses the current build; BENCH_DURATION sets seconds per
 * measurement, BENCH_CONNECTIONS the connections; BENCH_LIGHTHOUSE=false skips Lighthouse.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import autocannon from 'autocannon'

import { chromiumExecutable, chromiumFlags } from '../tests/helpers/chromium'
import { runLighthouse } from './lib/lighthouse'
import { exitOf, localBin, runToCompletion, start, terminate, waitForHttp } from './lib/processes'

const port = Number(process.env.BENCH_PORT ?? 3200)
const limitPort = port + 1
const base = `http://127.0.0.1:${port}`
const duration = Number(process.env.BENCH_DURATION ?? 5)
const warmup = Math.max(2, Math.round(duration / 2))
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
const dataDir = path.resolve('.data/bench')

/** Targets from the issue this benchmark was written for: cached pages at 0.07 of the limit, p99 30 ms. */
const TARGET_RATIO = 0.07
const TARGET_P99_MS = 30

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
if (process.env.BENCH_SKIP_BUILD !== 'true') {
  await runToCompletion(localBin('next'), ['build'], { ...env, NODE_ENV: 'production' })
}

interface Measured {
  rps: number
  p50: number
  p99: number
  failed: number
}

/** `expect404`: the 404 page, where 404 is the right answer and anything else a failure. */
async function load(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  expect404 = false,
): Promise<Measured> {
  const result = await autocannon({ url, connections, duration: seconds, headers })
  const wrongStatus = expect404 ? result.non2xx - result['4xx'] + result['2xx'] : result.non2xx
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + wrongStatus,
  }
}

/** The Next.js server process (`next start` runs as "next-server"), for its memory. */
function nextServerPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8')
      if (/next-server|next start/.test(command) && environ.includes(`PORT=${port}\0`)) return Number(entry)
    } catch {
      // A process that ended while we looked.
      continue
    }
  }
  return null
}

function rssMb(pid: number | null): number | null {
  if (!pid) return null
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match ? Math.round(Number(match[1]) / 1024) : null
}

interface Recorded {
  body: Buffer
  type: string
  /** The Content-Encoding the site sent, if any. */
  encoding: string
}

/** A response's bytes as they came over the wire (fetch would decompress them). */
async function record(url: string, headers: Record<string, string>): Promise<Recorded> {
  return await new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('error', reject)
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            type: res.headers['content-type'] ?? 'text/html',
            encoding: res.headers['content-encoding'] ?? '',
          }),
        )
      })
      .on('error', reject)
  })
}

/** A bare Node server that answers each path with the bytes recorded for it: the machine's limit. */
async function startLimitServer(pages: Map<string, Recorded>): Promise<ChildProcess> {
  const file = path.join(dataDir, 'limit-pages.json')
  await writeFile(
    file,
    JSON.stringify(
      Object.fromEntries(
        [...pages].map(([key, page]) => [key, [page.type, page.encoding, page.body.toString('base64')]]),
      ),
    ),
  )
  const script = `
    const pages = new Map(Object.entries(JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8')))
      .map(([key, [type, encoding, body]]) => [key, { type, encoding, body: Buffer.from(body, 'base64') }]))
    require('http').createServer((req, res) => {
      const page = pages.get(req.url) || pages.values().next().value
      const headers = { 'content-type': page.type, 'content-length': page.body.length }
      if (page.encoding) headers['content-encoding'] = page.encoding
      res.writeHead(200, headers)
      res.end(page.body)
    }).listen(${limitPort}, '127.0.0.1')`
  const child = spawn(process.execPath, ['-e', script], { stdio: 'inherit' })
  if (!(await waitForHttp(`http://127.0.0.1:${limitPort}/`, 10_000))) throw new Error('The limit server did not start.')
  return child
}

async function lighthouse(paths: string[]): Promise<string[]> {
  const { launch } = await import('chrome-launcher')
  const chrome = await launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  const lines: string[] = []
  try {
    for (const page of paths) {
      // Scored twice, the second time with the page in the server's cache (what visitors get).
      await runLighthouse(`${base}${page}`, { port: chrome.port, logLevel: 'error', output: 'json' })
      const result = await runLighthouse(`${base}${page}`, { port: chrome.port, logLevel: 'error', output: 'json' })
      const error = result?.lhr.runtimeError
      if (error) {
        lines.push(`${page.padEnd(44)} Lighthouse could not measure it: ${error.code} (${error.message})`)
        continue
      }
      const categories = result?.lhr.categories ?? {}
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4)
      // The metrics behind the performance score, to tell which one holds it back.
      const metric = (id: string, digits = 0) => (result?.lhr.audits[id]?.numericValue ?? NaN).toFixed(digits)
      lines.push(
        `${page.padEnd(44)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}`,
        `${''.padEnd(44)} FCP ${metric('first-contentful-paint')} ms, LCP ${metric('largest-contentful-paint')} ms, TBT ${metric('total-blocking-time')} ms, CLS ${metric('cumulative-layout-shift', 3)}, speed index ${metric('speed-index')} ms; this machine's benchmark index ${Math.round(result?.lhr.environment.benchmarkIndex ?? NaN)}`,
      )
    }
  } finally {
    await chrome.kill()
  }
  return lines
}

await mkdir(dataDir, { recursive: true })
const server = start(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  ...env,
  PORT: String(port),
  SITE_URL: `http://localhost:${port}`,
  DATA_DIR: '.data/bench',
  DATABASE_URL: '',
})
let limitServer: ChildProcess | undefined
let failed = false
try {
  if (!(await waitForHttp(`${base}/api/health`, 180_000))) throw new Error('The server did not become healthy.')

  // One page of each type, the detail pages picked from the sitemap.
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname)
  const detail = (prefix: string) => paths.find((candidate) => candidate.startsWith(`/${prefix}/`)) ?? `/${prefix}`
  const cached = [
    '/',
    '/what-is-social-prescribing/policy-context',
    '/projects',
    '/news-and-views',
    detail('projects'),
    detail('events'),
    detail('reports'),
    detail('members'),
    detail('news'),
    '/no-such-page',
  ]
  const perRequest = ['/events?when=past', '/contact']

  // The three consent states: no choice, a choice (accepted), and Global Privacy Control.
  const choice = await fetch(`${base}/consent`, {
    method: 'POST',
    body: new URLSearchParams({ choice: 'accept' }),
    redirect: 'manual',
  })
  const consentCookie = /osprn_consent=[^;]+/.exec(choice.headers.get('set-cookie') ?? '')?.[0]
  if (!consentCookie) throw new Error('POST /consent set no consent cookie.')
  // The fourth state is a fresh visitor whose browser asks for compression, as every browser does.
  const states: Record<string, Record<string, string>> = {
    fresh: {},
    consented: { cookie: consentCookie },
    GPC: { 'sec-gpc': '1' },
    compressed: { 'accept-encoding': 'gzip, deflate, br, zstd' },
  }
  /** The limit of a state: the compressed state's is the compressed bytes, the others the page's. */
  const limitState = (state: string) => (state === 'compressed' ? 'compressed' : 'fresh')

  // Warm every page in every state, then record the bytes each state gets for the limit server.
  const bytes = new Map<string, Recorded>()
  for (const page of [...cached, ...perRequest]) {
    for (const [state, headers] of Object.entries(states)) {
      for (let i = 0; i < 3; i += 1) {
        const response = await record(`${base}${page}`, headers)
        if (i === 2) bytes.set(`${page}#${state}`, response)
      }
    }
  }
  const limitPages = new Map([...bytes].map(([key, page]) => [`/${encodeURIComponent(key)}`, page]))
  limitServer = await startLimitServer(limitPages)

  const pid = nextServerPid()
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const idleRss = rssMb(pid)

  console.info(
    `\nBenchmark: ${connections} connections, ${warmup}s warm-up + ${duration}s per target, production build on embedded PostgreSQL, Node.js ${process.version} (the web server, the limit server and the load generator alike).`,
  )
  console.info(`Targets for cached pages: >= ${TARGET_RATIO} of the limit, p99 < ${TARGET_P99_MS} ms, no errors.\n`)
  console.info(
    `${'page'.padEnd(44)} ${'state'.padEnd(10)} ${'limit/s'.padStart(8)} ${'req/s'.padStart(7)} ${'ratio'.padStart(6)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}  cache    failed  target`,
  )
  // The limit of each page first, with the web server idle: the load generator is the bottleneck
  // there, so the best of two runs is the figure. The consent variants of a page differ by a few
  // hundred bytes, so the fresh visitor's bytes stand for all three; compressed bytes have their own.
  const limits = new Map<string, Measured>()
  for (const page of [...cached, ...perRequest]) {
    for (const state of new Set(Object.keys(states).map(limitState))) {
      const limitUrl = `http://127.0.0.1:${limitPort}/${encodeURIComponent(`${page}#${state}`)}`
      await load(limitUrl, {}, warmup)
      const runs = [await load(limitUrl, {}, duration), await load(limitUrl, {}, duration)]
      limits.set(`${page}#${state}`, runs[0]!.rps >= runs[1]!.rps ? runs[0]! : runs[1]!)
    }
  }
  // The web server sat idle while the limits were measured, minutes in all: warm it up again as a
  // whole before the first target, which its own warm-up alone left slower than the rest (in two
  // runs the first target, the home page as a fresh visitor, had the lowest rate of the page's
  // states and the only p99 over 30 ms among them).
  for (const page of cached) await load(`${base}${page}`, {}, warmup, page === '/no-such-page')
  const ratios: number[] = []
  let cachedRss: { end: number | null; later: number | null } | undefined
  for (const page of [...cached, ...perRequest]) {
    if (page === perRequest[0]) {
      // Memory after the cached pages alone: renders per request allocate far more.
      const end = rssMb(pid)
      await new Promise((resolve) => setTimeout(resolve, 30_000))
      cachedRss = { end, later: rssMb(pid) }
    }
    for (const [state, headers] of Object.entries(states)) {
      const limit = limits.get(`${page}#${limitState(state)}`) as Measured
      const notFound = page === '/no-such-page'
      await load(`${base}${page}`, headers, warmup, notFound)
      const measured = await load(`${base}${page}`, headers, duration, notFound)
      const seen = (await fetch(`${base}${page}`, { headers, redirect: 'manual' })).headers.get('x-nextjs-cache')
      const ratio = measured.rps / limit.rps
      const isCached = cached.includes(page)
      // The targets are the three consent states'; the compressed state's limit serves bodies a
      // fifth the size, so its ratio is not comparable with theirs: p99 only.
      const extra = state === 'compressed'
      if (isCached && !extra) ratios.push(ratio)
      const judged = extra
        ? { met: measured.p99 < TARGET_P99_MS, label: 'p99 ' }
        : { met: ratio >= TARGET_RATIO && measured.p99 < TARGET_P99_MS, label: '' }
      const meets = !isCached ? 'per request' : `${judged.label}${judged.met ? 'met' : 'MISSED'}`
      if (measured.failed > 0 || limit.failed > 0) failed = true
      console.info(
        `${page.padEnd(44)} ${state.padEnd(10)} ${limit.rps.toFixed(0).padStart(8)} ${measured.rps.toFixed(0).padStart(7)} ${ratio.toFixed(3).padStart(6)} ${String(measured.p50).padStart(5)} ${String(measured.p99).padStart(5)}  ${(seen ?? '-').padEnd(8)} ${String(measured.failed).padStart(6)}  ${meets}`,
      )
    }
  }
  const loadedRss = rssMb(pid)
  await new Promise((resolve) => setTimeout(resolve, 30_000))
  const sorted = [...ratios].sort((a, b) => a - b)
  console.info(
    `\nCached pages in the three consent states: ratio to the limit ${sorted[0]?.toFixed(3)} to ${sorted.at(-1)?.toFixed(3)} (median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(3)}).`,
  )
  console.info(
    `Web server memory (RSS): ${idleRss ?? '?'} MB idle after warm-up; after the cached pages ${cachedRss?.end ?? '?'} MB, 30 s later ${cachedRss?.later ?? '?'} MB; after the pages rendered per request ${loadedRss ?? '?'} MB, 30 s later ${rssMb(pid) ?? '?'} MB.`,
  )

  if (process.env.BENCH_LIGHTHOUSE !== 'false') {
    console.info('\nLighthouse (mobile):')
    for (const line of await lighthouse(['/', '/projects', detail('projects')])) console.info(line)
  }
} finally {
  if (limitServer) limitServer.kill()
  await terminate(server, 30_000)
  await exitOf(server)
}
process.exit(failed ? 1 : 0)
