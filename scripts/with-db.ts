/**
 * Runs a command with the database ready: DATABASE_URL, or the embedded PostgreSQL (joined when the
 * site is already running, otherwise started and stopped again afterwards).
 *
 *   node --import tsx scripts/with-db.ts payload migrate
 *   node --import tsx scripts/with-db.ts scripts/seed.ts     (a .ts file runs with tsx)
 */
import { exitOf, localBin, start, terminate } from './lib/processes'
import { prepareRuntime } from './lib/runtime'
import { onShutdown } from './lib/shutdown'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage: with-db <command> [args...]')
  process.exit(2)
}

const runtime = await prepareRuntime(
  process.env.NODE_ENV === 'production' ? 'production' : 'development',
  () => undefined,
)
const child = command.endsWith('.ts')
  ? start(process.execPath, ['--import', 'tsx', command, ...args], runtime.env)
  : start(command === 'payload' || command === 'next' ? localBin(command) : command, args, runtime.env)
onShutdown(async () => {
  await terminate(child)
  await runtime.stop()
  return 130
})
const code = await exitOf(child)
await runtime.stop()
process.exit(code ?? 1)
