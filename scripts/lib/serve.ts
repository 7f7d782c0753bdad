import { existsSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { exitOf, localBin, runTypeScript, start, terminate, waitForHttp } from './processes'
import { prepareRuntime, type Mode, type Runtime } from './runtime'
import { onShutdown } from './shutdown'
import { PRODUCTION_V8_FLAGS } from './v8Flags'

interface BootstrapStatus {
  userCount: number
  seeded: boolean
  demoAdmin?: { email: string; password: string }
}

function banner(runtime: Runtime, status: BootstrapStatus | undefined): string {
  const lines = [
    '',
    '  Oxford Social Prescribing Research Network',
    `  Site:      ${runtime.siteUrl}`,
    `  Admin:     ${runtime.siteUrl}/admin`,
  ]
  if (status?.demoAdmin) {
    lines.push(
      `  Sign in:   ${status.demoAdmin.email} / ${status.demoAdmin.password}  (demo administrator, this machine only)`,
    )
  } else if (status && status.userCount === 0) {
    lines.push('  Sign in:   no account yet. Create the first administrator with: npm run create-admin')
  } else {
    lines.push('  Sign in:   with your account (npm run create-admin adds an administrator)')
  }
  lines.push(
    runtime.embedded
      ? `  Database:  embedded PostgreSQL on 127.0.0.1:${runtime.embedded.port}, data in ${path.relative(process.cwd(), runtime.embedded.pgdata) || runtime.embedded.pgdata}`
      : '  Database:  DATABASE_URL',
  )
  lines.push(
    runtime.env.SMTP_HOST
      ? `  Mail:      SMTP ${runtime.env.SMTP_HOST}:${runtime.env.SMTP_PORT}`
      : `  Mail:      written as .eml files to ${path.relative(process.cwd(), path.join(runtime.dataDir, 'mail'))} (no SMTP_HOST)`,
  )
  lines.push('  Stop with Ctrl-C.', '')
  return lines.join('\n')
}

/**
 * `npm run dev` and `npm start`: database, migrations, demo content when empty, then Next.js,
 * stopping everything in order on Ctrl-C or SIGTERM.
 */
export async function serve(mode: Mode): Promise<void> {
  if (mode === 'production' && !existsSync(path.resolve('.next', 'BUILD_ID'))) {
    console.error('No production build found. Run `npm run build` first, then `npm start`.')
    process.exit(1)
  }
  const runtime = await prepareRuntime(mode)
  const children: { next?: ReturnType<typeof start> } = {}
  onShutdown(async () => {
    if (children.next) await terminate(children.next)
    await runtime.stop()
    return 0
  })

  const statusFile = path.join(os.tmpdir(), `osprn-bootstrap-${process.pid}.json`)
  await runTypeScript('scripts/prepare-database.ts', {
    ...runtime.env,
    BOOTSTRAP_STATUS_FILE: statusFile,
    SEED_USERS: mode === 'development' ? 'true' : 'false',
  })
  const status = existsSync(statusFile) ? (JSON.parse(readFileSync(statusFile, 'utf8')) as BootstrapStatus) : undefined
  rmSync(statusFile, { force: true })
  // Next.js keeps cached query results in .next/cache across restarts. A database that was just
  // filled (a new one, or one reset) must not be shown through results cached from another.
  if (status?.seeded) rmSync(path.resolve('.next', 'cache', 'fetch-cache'), { recursive: true, force: true })

  // Records each request's TCP peer and picks the consent variant of pages (see server/preload.mjs).
  const preload = `--import ${JSON.stringify(pathToFileURL(path.resolve('server', 'preload.mjs')).href)}`
  const nextServer = start(
    process.execPath,
    [
      ...(mode === 'production' ? PRODUCTION_V8_FLAGS : []),
      localBin('next'),
      mode === 'development' ? 'dev' : 'start',
      '--port',
      String(runtime.port),
    ],
    { ...runtime.env, NODE_OPTIONS: [runtime.env.NODE_OPTIONS, preload].filter(Boolean).join(' ') },
  )
  children.next = nextServer
  void waitForHttp(`http://127.0.0.1:${runtime.port}/api/health`, 5 * 60_000).then((ready) => {
    if (ready) console.info(banner(runtime, status))
  })
  const code = await exitOf(nextServer)
  await runtime.stop()
  process.exit(code ?? 0)
}
