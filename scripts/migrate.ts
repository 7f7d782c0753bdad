/**
 * Schema migrations, run through `npm run migrate*` (which provides the database):
 *
 *   migrate.ts              apply pending migrations
 *   migrate.ts create NAME  write a migration for the config's schema changes (and a snapshot)
 *   migrate.ts status       list migrations and whether they ran
 *   migrate.ts down         roll back the last batch
 */
import { runScript } from './lib/runScript'

const [command = 'up', name] = process.argv.slice(2)
// Tells the adapter not to push the schema while it connects.
process.env.PAYLOAD_MIGRATING = 'true'

runScript(async (payload) => {
  switch (command) {
    case 'up':
      await payload.db.migrate()
      return
    case 'create':
      if (!name) throw new Error('Name the migration: npm run migrate:create -- <name>')
      await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: false })
      return
    case 'status':
      await payload.db.migrateStatus()
      return
    case 'down':
      await payload.db.migrateDown()
      return
    default:
      throw new Error(`Unknown migrate command "${command}". Use up, create, status or down.`)
  }
})
