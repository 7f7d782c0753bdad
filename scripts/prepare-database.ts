/**
 * Run by `npm run dev` / `npm start` before the web server: applies migrations, then seeds demo
 * content into an empty database, and reports what it did in BOOTSTRAP_STATUS_FILE.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { seedDemoContent } from '../seed'
import { ensureSchema } from './lib/ensureSchema'
import { runScript } from './lib/runScript'

interface Credentials {
  email: string
  password: string
}

runScript(async (payload) => {
  await ensureSchema(payload)

  const seedUsers = process.env.SEED_USERS === 'true'
  const result = await seedDemoContent(payload, { withUsers: seedUsers, ifEmpty: true })
  if (result.seeded) payload.logger.info('Seeded demo content into the empty database.')

  let demoAdmin: Credentials | undefined = result.demoAdmin
  const credentialsFile = path.join(process.env.DATA_DIR ?? '.data', 'demo-admin.json')
  if (demoAdmin) {
    await writeFile(credentialsFile, JSON.stringify(demoAdmin), { mode: 0o600 })
  } else if (seedUsers) {
    // Print the demo sign-in again on later starts, while that account still exists.
    const saved = await readFile(credentialsFile, 'utf8').catch(() => undefined)
    const parsed = saved ? (JSON.parse(saved) as Credentials) : undefined
    const stillThere = parsed
      ? (await payload.count({ collection: 'users', where: { email: { equals: parsed.email } } })).totalDocs > 0
      : false
    if (stillThere) demoAdmin = parsed
  }

  const { totalDocs: userCount } = await payload.count({ collection: 'users' })
  if (process.env.BOOTSTRAP_STATUS_FILE) {
    const status = JSON.stringify({ userCount, seeded: result.seeded, demoAdmin })
    await writeFile(process.env.BOOTSTRAP_STATUS_FILE, status, { mode: 0o600 })
  }
})
