/**
 * `npm run jobs`: a worker for Payload's jobs queue (scheduled publishing, later mail delivery),
 * for deployments that prefer a separate process to the web server's own cron (JOBS_AUTORUN=false
 * there). Runs due jobs every JOBS_INTERVAL_SECONDS (default 10) until stopped; `--once` runs one pass.
 * Cache expiry from this process reaches the web server through its signed /api/revalidate.
 */
import { getPayload } from 'payload'

import { expiriesPosted } from '../lib/cache/revalidate'
import config from '../payload.config'

const once = process.argv.includes('--once')
const intervalMs = Number(process.env.JOBS_INTERVAL_SECONDS ?? 10) * 1000

const payload = await getPayload({ config })
let stopping = false
const stop = () => {
  stopping = true
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

do {
  await payload.jobs.handleSchedules({ allQueues: true })
  const result = await payload.jobs.run({ allQueues: true })
  if (result.jobStatus && Object.keys(result.jobStatus).length > 0) {
    payload.logger.info(`Ran ${Object.keys(result.jobStatus).length} job(s).`)
  }
  if (!once && !stopping) await new Promise((resolve) => setTimeout(resolve, intervalMs))
} while (!once && !stopping)

// Cache expiries go to the web server once their transactions have ended: let the last ones go.
await expiriesPosted()
await payload.destroy()
process.exit(0)
