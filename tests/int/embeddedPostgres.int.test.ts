import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { isPostgresProcess, readPidFile } from '@/scripts/lib/embeddedPostgres'

const root = path.resolve(import.meta.dirname, '../..')
const holdOpen = "console.log('READY ' + process.env.DATABASE_URL); setInterval(() => {}, 1000)"
const printOnce = "console.log('READY ' + process.env.DATABASE_URL)"

const children: ChildProcess[] = []
const dataDirs: string[] = []

function withDb(dataDir: string, script: string): { child: ChildProcess; url: Promise<string> } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, EMBEDDED_DB_PORT: '0' }
  delete env.DATABASE_URL
  delete env.PAYLOAD_SECRET
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/with-db.ts', process.execPath, '-e', script], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own: the script it runs outlives a wrapper killed to simulate a
    // crash, and is stopped with the group after the test.
    detached: true,
  })
  children.push(child)
  let output = ''
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /READY (\S+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`with-db exited (${code}) before the database was ready:\n${output}`)))
  })
  return { child, url }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()))

async function gone(pid: number, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isPostgresProcess(pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'osprn-lifecycle-'))
  dataDirs.push(dir)
  return dir
}

const portOf = (url: string) => new URL(url).port

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGTERM')
    await exited(child)
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch (error) {
      // ESRCH: the group is empty, nothing was left behind.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
  for (const dir of dataDirs.splice(0)) {
    const server = readPidFile(path.join(dir, 'postgres'))
    if (server && isPostgresProcess(server.pid)) process.kill(server.pid, 'SIGKILL')
    await rm(dir, { recursive: true, force: true })
  }
})

describe('embedded PostgreSQL lifecycle', () => {
  it('is shared with a second script while running, and stopped by SIGTERM to its owner', async () => {
    const dataDir = await freshDataDir()
    const owner = withDb(dataDir, holdOpen)
    const ownerUrl = await owner.url
    const server = readPidFile(path.join(dataDir, 'postgres'))
    expect(server && isPostgresProcess(server.pid)).toBe(true)

    const guest = withDb(dataDir, printOnce)
    expect(portOf(await guest.url)).toBe(portOf(ownerUrl))
    await exited(guest.child)
    expect(guest.child.exitCode).toBe(0)
    expect(isPostgresProcess(server?.pid ?? -1), 'a guest leaves the server running').toBe(true)

    owner.child.kill('SIGTERM')
    await exited(owner.child)
    expect(await gone(server?.pid ?? -1), 'no postgres process is left behind').toBe(true)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
  })

  it('starts again after a crash left a stale postmaster.pid behind', async () => {
    const dataDir = await freshDataDir()
    const first = withDb(dataDir, holdOpen)
    await first.url
    const server = readPidFile(path.join(dataDir, 'postgres'))
    first.child.kill('SIGKILL')
    process.kill(server?.pid ?? -1, 'SIGKILL')
    await exited(first.child)
    expect(await gone(server?.pid ?? -1)).toBe(true)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), 'the crash leaves the lock file').toBe(true)

    const second = withDb(dataDir, holdOpen)
    await second.url
    const restarted = readPidFile(path.join(dataDir, 'postgres'))
    expect(restarted?.pid).not.toBe(server?.pid)
    second.child.kill('SIGTERM')
    await exited(second.child)
    expect(await gone(restarted?.pid ?? -1)).toBe(true)
  })

  it('adopts a server orphaned by a crashed owner instead of starting a second one, then stops it', async () => {
    const dataDir = await freshDataDir()
    const first = withDb(dataDir, holdOpen)
    const firstUrl = await first.url
    const server = readPidFile(path.join(dataDir, 'postgres'))
    first.child.kill('SIGKILL')
    await exited(first.child)
    expect(isPostgresProcess(server?.pid ?? -1), 'PostgreSQL outlives a killed owner').toBe(true)

    const adopter = withDb(dataDir, holdOpen)
    expect(portOf(await adopter.url)).toBe(portOf(firstUrl))
    expect(readPidFile(path.join(dataDir, 'postgres'))?.pid).toBe(server?.pid)
    adopter.child.kill('SIGTERM')
    await exited(adopter.child)
    expect(await gone(server?.pid ?? -1)).toBe(true)
  })
})
