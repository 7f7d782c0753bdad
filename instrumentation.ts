/**
 * Runs once when the Next.js server starts, before it serves a request. In production it
 * initialises Payload, which applies any pending migrations (`prodMigrations` in
 * payload.config.ts): this is how the Docker image, which has no `npm start` wrapper, keeps its
 * schema current. It also starts the jobs queue's schedule (scheduled publishing). In every mode
 * it tells the server preload the cookie policy, so that requests reach the right page variant
 * (server/pageVariants.mjs).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NODE_ENV === 'production') {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config, cron: true })
  }
  const { startRoutingPolicyRefresh } = await import('@/lib/consent/routingPolicy')
  await startRoutingPolicyRefresh()
}
