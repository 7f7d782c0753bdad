import { afterAll, afterEach, expect } from 'vitest'

/** One line of Payload's logger (pino JSON); levels: 30 info, 40 warn, 50 error. */
export interface LogEntry {
  level: number
  msg?: string
  err?: { type?: string; message?: string }
}

const entries: LogEntry[] = []

/**
 * Where the tests' Payload logs (tests/helpers/payload.ts): kept here instead of printed, so
 * that a test expecting an error asserts it (takeLogged) and a green run prints no ERROR lines.
 */
export const payloadLogDestination = {
  write(line: string): void {
    entries.push(JSON.parse(line) as LogEntry)
  },
}

const text = (entry: LogEntry) => `${entry.msg ?? ''} ${entry.err?.message ?? ''}`

/** Takes the warnings and errors logged so far whose message matches; the test asserts on them. */
export function takeLogged(pattern: RegExp): LogEntry[] {
  const taken = entries.filter((entry) => entry.level >= 40 && pattern.test(text(entry)))
  for (const entry of taken) entries.splice(entries.indexOf(entry), 1)
  return taken
}

/** Takes the info lines logged so far whose message matches (a visitor's mistake is logged at info). */
export function takeLoggedInfo(pattern: RegExp): LogEntry[] {
  const taken = entries.filter((entry) => entry.level === 30 && pattern.test(text(entry)))
  for (const entry of taken) entries.splice(entries.indexOf(entry), 1)
  return taken
}

/** Asserts that `count` errors matching `pattern` were logged (and takes them). */
export function expectLoggedErrors(pattern: RegExp, count: number): void {
  const taken = takeLogged(pattern)
  expect(taken.filter((entry) => entry.level >= 50).map(text)).toHaveLength(count)
}

// Info is routine (migrations, "You are not allowed…" answers). A warning or error that no test
// took is not expected: it is printed, with the test it came from, never swallowed.
function printUnexpected(where: string): void {
  const unexpected = entries.filter((entry) => entry.level >= 40)
  entries.length = 0
  for (const entry of unexpected) {
    console.error(`[payload log ${where}] ${entry.level >= 50 ? 'ERROR' : 'WARN'}: ${text(entry)}`)
  }
}

afterEach((context) => printUnexpected(`in "${context.task.name}"`))
// Jobs may still log after a file's last test.
afterAll(() => printUnexpected('after the last test of this file'))
