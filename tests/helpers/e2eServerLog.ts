/**
 * The browser tests' server output (tests/helpers/e2eServer.ts writes it to these files): read as
 * entries, so tests can assert the errors they cause and the run can fail on any other.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { expect } from '@playwright/test'

const dir = path.resolve('.data/e2e-logs')
export const serverLogs = { site: path.join(dir, 'site.log'), tls: path.join(dir, 'tls.log') }

/** One entry: a line that starts at the margin (or Next.js's ` ⨯ `, ` ⚠ `) and the lines indented under it. */
export function logEntries(text: string): string[] {
  const entries: string[] = []
  for (const line of text.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
    const starts = /^\S/.test(line) || /^ [⨯⚠✓▲○] /.test(line)
    if (starts || entries.length === 0) entries.push(line)
    else entries[entries.length - 1] += `\n${line}`
  }
  return entries.filter((entry) => entry.trim() !== '')
}

/** An error or warning: pino's levels, Next.js's marks, or a stack trace anywhere in the entry. */
export function isProblem(entry: string): boolean {
  const first = entry.split('\n', 1)[0] ?? ''
  return (
    /\b(WARN|ERROR|FATAL)\b/.test(first) ||
    /^ [⨯⚠] /.test(first) ||
    /^(Error|Warning|\(node:\d+\))\b/.test(first) ||
    /^\s+at .+:\d+:\d+\)?$/m.test(entry)
  )
}

/**
 * Errors tests cause on purpose. Each is asserted by the test that causes it (with
 * `expectServerLogged`); everything else in the output that `isProblem` fails the run.
 */
export const expectedServerErrors = {
  /** contact.e2e.spec.ts: a message sent while the mail server is down fails each attempt. */
  contactDeliveryAttempt:
    /ERROR \(payload\): Error running task \d+\. Attempt \d[\s\S]*Contact message \d+ not delivered: connect ECONNREFUSED/,
} satisfies Record<string, RegExp>

/** The log from byte `from` on (marks are byte offsets: Next.js writes characters beyond ASCII). */
const readLog = (file: string, from = 0) => (existsSync(file) ? readFileSync(file).subarray(from).toString('utf8') : '')

/** Where the site's log ends now: pass it to `expectServerLogged` to look only at what follows. */
export const serverLogMark = () => (existsSync(serverLogs.site) ? statSync(serverLogs.site).size : 0)

/** Waits until the site's server logged an entry matching `pattern` after `mark`. */
export async function expectServerLogged(pattern: RegExp, mark = 0, timeout = 15_000): Promise<void> {
  await expect
    .poll(() => logEntries(readLog(serverLogs.site, mark)).some((entry) => pattern.test(entry)), {
      message: `the server logs ${pattern}`,
      timeout,
    })
    .toBe(true)
}

/** Problems in the servers' output that no test expects, with the file each is in. */
export function unexpectedServerProblems(): string[] {
  return Object.values(serverLogs).flatMap((file) =>
    logEntries(readLog(file))
      .filter(
        (entry) => isProblem(entry) && !Object.values(expectedServerErrors).some((pattern) => pattern.test(entry)),
      )
      .map((entry) => `${path.relative(process.cwd(), file)}:\n${entry}`),
  )
}
