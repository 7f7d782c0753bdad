/**
 * `npm run bench`: builds, starts the production server on an embedded database (data in
 * .data/bench), and measures public pages with autocannon. Prints requests/second and p50/p99
 * latency per page. BENCH_SKIP_BUILD=true reuses the current build; BENCH_DURATION sets seconds per
 * page; BENCH_PAGES a comma-separated list of paths.
 */
import autocannon from 'autocannon'

import { exitOf, localBin, runToCompletion, start, terminate, waitForHttp } from './lib/processes'

const port = Number(process.env.BENCH_PORT ?? 3200)
const base = `http://127.0.0.1:${port}`
const duration = Number(process.env.BENCH_DURATION ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
// One page of each kind a visitor lands on: composed home page, CMS page and the listings.
const pages = (
  process.env.BENCH_PAGES ?? '/,/about,/projects,/events,/reports,/news-and-views,/members,/contact'
).split(',')

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
if (process.env.BENCH_SKIP_BUILD !== 'true') {
  await runToCompletion(localBin('next'), ['build'], { ...env, NODE_ENV: 'production' })
}

const server = start(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  ...env,
  PORT: String(port),
  SITE_URL: base,
  DATA_DIR: '.data/bench',
  DATABASE_URL: '',
})
let failed = false
try {
  if (!(await waitForHttp(`${base}/api/health`, 180_000))) throw new Error('The server did not become healthy.')
  console.info(
    `\nBenchmark: ${connections} connections, ${duration}s per page, production build on embedded PostgreSQL\n`,
  )
  for (const page of pages) {
    // Warm the data cache and the route so the measurement is of steady state.
    for (let i = 0; i < 5; i += 1) await fetch(`${base}${page}`).then((response) => response.arrayBuffer())
    const result = await autocannon({ url: `${base}${page}`, connections, duration })
    const non2xx = result.non2xx + result.errors + result.timeouts
    console.info(
      `${page.padEnd(24)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   failed ${non2xx}`,
    )
    if (non2xx > 0) failed = true
  }
} finally {
  await terminate(server, 30_000)
  await exitOf(server)
}
process.exit(failed ? 1 : 0)
