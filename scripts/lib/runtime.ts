import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import nextEnv from '@next/env'

import { startEmbeddedPostgres, type EmbeddedPostgres } from './embeddedPostgres'

export const DATABASE_NAME = 'osprn'

export type Mode = 'development' | 'production'

export interface Runtime {
  mode: Mode
  dataDir: string
  port: number
  siteUrl: string
  /** Environment for child processes: DATABASE_URL, PAYLOAD_SECRET and friends resolved. */
  env: NodeJS.ProcessEnv
  embedded: EmbeddedPostgres | undefined
  stop(): Promise<void>
}

export class RuntimeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RuntimeError'
  }
}

/** Reads a secret kept in the data folder, creating it on first use. Local databases only. */
async function localSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('base64url')
  await fs.mkdir(dataDir, { recursive: true })
  await fs.writeFile(file, secret, { mode: 0o600 })
  return secret
}

/**
 * Resolves everything a script needs before it touches the database: `.env` files, the data
 * folder, the database (DATABASE_URL, or the embedded PostgreSQL started or joined here), the
 * Payload secret, the port and the public URL.
 */
export async function prepareRuntime(mode: Mode, log: (line: string) => void = console.info): Promise<Runtime> {
  nextEnv.loadEnvConfig(process.cwd(), mode === 'development', { info: () => undefined, error: console.error })
  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: mode }

  const dataDir = path.resolve(env.DATA_DIR || '.data')
  env.DATA_DIR = dataDir
  const port = Number.parseInt(env.PORT || '3000', 10)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new RuntimeError(`PORT must be a port number, got "${env.PORT}".`)
  env.PORT = String(port)
  const siteUrl = (env.SITE_URL || `http://localhost:${port}`).replace(/\/+$/, '')
  env.SITE_URL = siteUrl

  let embedded: EmbeddedPostgres | undefined
  if (env.DATABASE_URL) {
    env.EMBEDDED_DB = 'false'
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir,
      database: DATABASE_NAME,
      port: env.EMBEDDED_DB_PORT ? Number.parseInt(env.EMBEDDED_DB_PORT, 10) : undefined,
      fast: env.EMBEDDED_DB_FAST === 'true',
      log: (line) => log(`[postgres] ${line}`),
    })
    env.DATABASE_URL = embedded.url
    env.EMBEDDED_DB = 'true'
  }

  if (!env.PAYLOAD_SECRET) {
    if (mode === 'production' && !embedded) {
      throw new RuntimeError(
        'PAYLOAD_SECRET must be set in production (a long random string; see README, Configuration).',
      )
    }
    env.PAYLOAD_SECRET = await localSecret(dataDir, 'payload-secret')
  }

  return {
    mode,
    dataDir,
    port,
    siteUrl,
    env,
    embedded,
    stop: async () => {
      await embedded?.stop()
    },
  }
}
