import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'

/**
 * Runs a maintenance task with the Payload Local API and exits: 0 when it finished, 1 (with the
 * message, not a stack trace) when it threw. Scripts run with `node --import tsx`, not
 * `payload run`, whose nested TypeScript import can return before the script has run.
 */
export function runScript(task: (payload: Payload) => Promise<void>): void {
  const main = async () => {
    const payload = await getPayload({ config })
    try {
      await task(payload)
    } finally {
      await payload.destroy()
    }
  }
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}` : error)
      if (process.env.DEBUG) console.error(error)
      process.exit(1)
    },
  )
}
