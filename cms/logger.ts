import { defaultLoggerOptions, type Config } from 'payload'

type LoggerOptions = Extract<Config['logger'], { options: unknown }>['options']

const ERROR = 50

/** The status of an error Payload's error handler logs on its own (`{ err }` and nothing else). */
function visitorErrorStatus(entry: unknown): number | undefined {
  if (!entry || typeof entry !== 'object') return undefined
  const keys = Object.keys(entry)
  if (keys.length !== 1 || keys[0] !== 'err') return undefined
  const status = (entry as { err?: { status?: unknown } }).err?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * A visitor's mistake (a wrong password, an expired reset link, a filter on a field they may not
 * query: any error with a 4xx status) is one line at info, not an error with a stack trace.
 * Payload's `loggingLevels` does this by class name, which the production build minifies, so the
 * rule here goes by status instead. Errors logged with their own message (a failed job) stay errors.
 */
export const payloadLoggerOptions: LoggerOptions = {
  hooks: {
    logMethod(args, method, level) {
      const status = level === ERROR ? visitorErrorStatus(args[0]) : undefined
      if (status === undefined) return method.apply(this, args)
      const { err } = args[0] as { err: { message?: unknown } }
      this.info(`${status} ${typeof err.message === 'string' ? err.message : 'Error'}`)
    },
  },
}

/** Payload's own pretty output, with the rule above. */
export const payloadLogger = { options: payloadLoggerOptions, destination: defaultLoggerOptions }
