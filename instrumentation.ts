/**
 * Runs once when the Next.js server starts. In production it initialises Payload before the first
 * request, which applies any pending migrations (`prodMigrations` in payload.config.ts): this is
 * how the Docker image, which has no `npm start` wrapper, keeps its schema current. It also starts
 * the jobs queue's schedule (scheduled publishing).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
