import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from '@/scripts/lib/embeddedPostgres'

export interface TestDatabase {
  url: string
  dataDir: string
  dispose(): Promise<void>
}

/**
 * A fresh, empty database for one test run: a new database on TEST_DATABASE_URL's server when it
 * is set, otherwise a throw-away embedded PostgreSQL cluster in a temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'osprn-test-'))
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) {
    const name = `osprn_test_${Date.now()}_${randomBytes(3).toString('hex')}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`create database ${admin.escapeIdentifier(name)}`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      dataDir,
      dispose: async () => {
        const client = new pg.Client({ connectionString: serverUrl })
        await client.connect()
        await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`)
        await client.end()
        await rm(dataDir, { recursive: true, force: true })
      },
    }
  }
  const server = await startEmbeddedPostgres({ dataDir, database: 'osprn_test', port: 0, fast: true })
  return {
    url: server.url,
    dataDir,
    dispose: async () => {
      await server.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
