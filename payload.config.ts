import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { Pages } from './collections/Pages'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings/config'
import { emailAdapter } from './lib/email/adapter'
import { ConfigurationError, serverEnv } from './lib/env'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = serverEnv()

// Schema push rewrites tables without a migration; it is only ever allowed on the disposable
// embedded development database (see README, "Changing the schema").
if (env.PAYLOAD_DB_PUSH && (!env.EMBEDDED_DB || env.NODE_ENV === 'production')) {
  throw new ConfigurationError(
    'PAYLOAD_DB_PUSH is only allowed with the embedded development database (npm run dev without DATABASE_URL).',
  )
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · OSPRN admin' },
  },
  collections: [Pages, Users],
  globals: [SiteSettings],
  editor: lexicalEditor(),
  secret: env.PAYLOAD_SECRET ?? '',
  serverURL: env.SITE_URL,
  cors: [env.SITE_URL],
  csrf: [env.SITE_URL],
  maxDepth: 3,
  graphQL: { disable: true },
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL ?? '' },
    push: env.PAYLOAD_DB_PUSH,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  email: emailAdapter(env),
})
