import { defaultLoggerOptions, type Config } from 'payload'

import { databaseErrorCode } from './hooks/inputErrorStatus'

type LoggerOptions = Extract<Config['logger'], { options: unknown }>['options']

const ERROR = 50

/**
 * The status a visitor gets for an error Payload's error handler logs on its own (`{ err }` and
 * nothing else), when it is the visitor's mistake: a 4xx, or a value PostgreSQL refused as data
 * (class 22, answered 400 or 404 by cms/hooks/inputErrorStatus.ts, after Payload logged it).
 */
function visitorError(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object') return undefined
  const keys = Object.keys(entry)
  if (keys.length !== 1 || keys[0] !== 'err') return undefined
  const err = (entry as { err?: { status?: unknown; message?: unknown } }).err
  const status = err?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return `${status} ${typeof err?.message === 'string' ? err.message : 'Error'}`
  }
  const code = databaseErrorCode(err)
  return code?.startsWith('22') ? `refused: a value in the request is not valid for the database (${code})` : undefined
}

/**
 * A visitor's mistake (a wrong password, an expired reset link, a filter on a field they may not
 * query, an id that is no number: any error answered with a 4xx status) is one line at info, not
 * an error with a stack trace. Payload's `loggingLevels` does this by class name, which the production build minifies, so the
 * rule here goes by status instead. Errors logged with their own message (a failed job) stay errors.
 */
export const payloadLoggerOptions: LoggerOptions = {
  hooks: {
    logMethod(args, method, level) {
      const line = level === ERROR ? visitorError(args[0]) : undefined
      if (line === undefined) return method.apply(this, args)
      this.info(line)
    },
  },
}

/** Payload's own pretty output, with the rule above. */
export const payloadLogger = { options: payloadLoggerOptions, destination: defaultLoggerOptions }
