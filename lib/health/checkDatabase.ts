export interface HealthReport {
  status: 'ok' | 'unavailable'
  db: 'ok' | 'unreachable'
  message?: string
}

/**
 * Runs `ping` against the database with a time limit. The report never carries error details:
 * those go to the server log, not to whoever asks.
 */
export async function checkDatabase(
  ping: () => Promise<unknown>,
  timeoutMs = 3000,
  log: (error: unknown) => void = (error) => console.error('[health] database check failed', error),
): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([ping(), timeout])
    return { httpStatus: 200, report: { status: 'ok', db: 'ok' } }
  } catch (error) {
    log(error)
    return {
      httpStatus: 503,
      report: { status: 'unavailable', db: 'unreachable', message: 'The database is not answering.' },
    }
  } finally {
    clearTimeout(timer)
  }
}
