/**
 * `npm run seed`: fills the database with the demo content and, when there is no user yet, a demo
 * administrator. Demo content already there (matched by slug or file name) is updated, not duplicated. With NODE_ENV=production it
 * refuses, unless SEED_USERS=false asks for content without accounts.
 */
import { seedDemoContent } from '../seed'
import { ensureSchema } from './lib/ensureSchema'
import { runScript } from './lib/runScript'

runScript(async (payload) => {
  await ensureSchema(payload)
  const withUsers = process.env.SEED_USERS !== 'false'
  const result = await seedDemoContent(payload, { withUsers, ifEmpty: false })
  payload.logger.info('Demo content seeded.')
  if (result.demoAdmin) {
    payload.logger.info(`Demo administrator: ${result.demoAdmin.email} / ${result.demoAdmin.password}`)
  }
})
