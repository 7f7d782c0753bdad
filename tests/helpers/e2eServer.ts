/**
 * The browser tests' web server: `scripts/start.ts` with everything it prints written to the file
 * `E2E_SERVER_LOG` instead of the test output. The run fails on any error or warning in it that no
 * test expects (tests/e2e/globalTeardown.ts); tests that cause an error assert it there
 * (tests/helpers/e2eServerLog.ts).
 */
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'

const file = process.env.E2E_SERVER_LOG
if (!file) throw new Error('E2E_SERVER_LOG is not set')
mkdirSync(path.dirname(file), { recursive: true })
const log = createWriteStream(file)

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  env: process.env,
  stdio: ['ignore', 'pipe', 'pipe'],
})
server.stdout.pipe(log, { end: false })
server.stderr.pipe(log, { end: false })

// Playwright stops the server with SIGTERM; the server shuts down once, however many reach it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => {
  log.end(() => process.exit(code ?? (signal ? 1 : 0)))
})
