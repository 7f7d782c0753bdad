/**
 * Runs `cleanup` once on SIGINT, SIGTERM or SIGHUP, then exits. Ctrl-C in a terminal reaches the
 * children too; the cleanup still waits for them and stops PostgreSQL last.
 */
export function onShutdown(cleanup: (signal: NodeJS.Signals) => Promise<number>): void {
  let running = false
  const handler = (signal: NodeJS.Signals) => {
    if (running) return
    running = true
    cleanup(signal)
      .then((code) => process.exit(code))
      .catch((error: unknown) => {
        console.error(error)
        process.exit(1)
      })
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler)
}
