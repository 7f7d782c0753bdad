/**
 * Run by `npm run dev` / `npm start` through `payload run`: applies migrations, then seeds demo
 * content into an empty database, and reports what it did in BOOTSTRAP_STATUS_FILE.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../payload.config'
import { seedDemoContent } from '../seed'
import { ensureSchema } from './lib/ensureSchema'

const payload = await getPayload({ config })
await ensureSchema(payload)

const seedUsers = process.env.SEED_USERS === 'true'
const result = await seedDemoContent(payload, { withUsers: seedUsers, ifEmpty: true })
if (result.seeded) payload.logger.info('Seeded demo content into the empty database.')

let demoAdmin = result.demoAdmin
const credentialsFile = path.join(process.env.DATA_DIR ?? '.data', 'demo-admin.json')
if (demoAdmin) {
  await writeFile(credentialsFile, JSON.stringify(demoAdmin), { mode: 0o600 })
} else if (seedUsers) {
  // Print the demo sign-in again on later starts, while that account still exists.
  const saved = await readFile(credentialsFile, 'utf8').catch(() => undefined)
  const parsed = saved ? (JSON.parse(saved) as { email: string; password: string }) : undefined
  if (
    parsed &&
    (await payload.count({ collection: 'users', where: { email: { equals: parsed.email } } })).totalDocs > 0
  ) {
    demoAdmin = parsed
  }
}

const { totalDocs: userCount } = await payload.count({ collection: 'users' })
if (process.env.BOOTSTRAP_STATUS_FILE) {
  await writeFile(process.env.BOOTSTRAP_STATUS_FILE, JSON.stringify({ userCount, seeded: result.seeded, demoAdmin }), {
    mode: 0o600,
  })
}
