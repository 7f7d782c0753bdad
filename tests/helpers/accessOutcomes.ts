import { actors, type Actor } from './accessFixtures'

/**
 * What an actor may do with one operation:
 * - `allow` / `deny`: everything / nothing;
 * - `own`: only their own account;
 * - `published-only`: only published documents; `drafts-only`: only documents that are not published;
 * - `unused-only`: only uploads that no live content uses.
 */
export type Outcome = 'allow' | 'deny' | 'own' | 'published-only' | 'drafts-only' | 'unused-only'

/** What a probe saw: an outcome, or a description of behaviour no outcome names. */
export type Observed = Outcome | `unexpected: ${string}`

export type Row = Record<Actor, Outcome>

export type AttemptResult<T> = { ok: true; value: T } | { ok: false; error: Error }

/**
 * Runs an operation that access control may refuse. A refusal (401/403) is an answer; any other
 * error (invalid data, a crash) is a broken test and is thrown with `label` for context.
 */
export async function attempt<T>(label: string, run: () => Promise<T>): Promise<AttemptResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (error instanceof Error && (status === 401 || status === 403)) return { ok: false, error }
    throw new Error(`${label} failed for a reason other than access control: ${String(error)}`, { cause: error })
  }
}

/** Combines what happened to an unpublished and to a published document. */
export function byStatus(done: { draft: boolean; published: boolean }): Outcome {
  if (done.draft && done.published) return 'allow'
  if (done.draft) return 'drafts-only'
  if (done.published) return 'published-only'
  return 'deny'
}

/** Combines what happened to an upload no live content uses and to one a published document shows. */
export function byUse(done: { unused: boolean; used: boolean }): Observed {
  if (done.unused && done.used) return 'allow'
  if (done.unused) return 'unused-only'
  if (done.used) return 'unexpected: an upload in use but not an unused one'
  return 'deny'
}

/** Combines what happened to the actor's own account and to someone else's. */
export function bySelf(done: { self: boolean; other: boolean }): Observed {
  if (done.self && done.other) return 'allow'
  if (done.self) return 'own'
  if (done.other) return "unexpected: someone else's account but not their own"
  return 'deny'
}

/** Two ways of doing the same thing must agree: all `allow`, all `deny`, or the disagreement is reported. */
export function agree(ways: Record<string, boolean>): Observed {
  const values = Object.values(ways)
  if (values.every(Boolean)) return 'allow'
  if (!values.some(Boolean)) return 'deny'
  const detail = Object.entries(ways).map(([way, done]) => `${way}: ${done ? 'allow' : 'deny'}`)
  return `unexpected: ${detail.join(', ')}`
}

export type ObservedTable = Record<string, Record<Actor, Observed>>

/** Cells that differ, one line each, e.g. `editLive × contributor: expected deny, observed allow`. */
export function mismatches(expected: Record<string, Row>, observed: ObservedTable): string[] {
  return Object.entries(expected).flatMap(([operation, row]) =>
    actors
      .filter((actor) => observed[operation]?.[actor] !== row[actor])
      .map(
        (actor) =>
          `${operation} × ${actor}: expected ${row[actor]}, observed ${observed[operation]?.[actor] ?? 'nothing'}`,
      ),
  )
}

/**
 * The whole observed table of one collection, with wrong cells marked and what the wrong
 * operations do, for the failure message.
 */
export function formatTable(
  subject: string,
  expected: Record<string, Row>,
  observed: ObservedTable,
  notes: Record<string, string> = {},
): string {
  const header = [subject, ...actors]
  const lines = Object.entries(expected).map(([operation, row]) => [
    operation,
    ...actors.map((actor) => {
      const seen = observed[operation]?.[actor] ?? 'nothing'
      return seen === row[actor] ? seen : `✗ ${seen} (expected ${row[actor]})`
    }),
  ])
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]?.length ?? 0)))
  const render = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')
  const wrong = Object.keys(expected).filter((operation) =>
    actors.some((actor) => observed[operation]?.[actor] !== expected[operation]?.[actor]),
  )
  const legend = wrong.filter((operation) => notes[operation]).map((operation) => `${operation}: ${notes[operation]}`)
  return ['', render(header), ...lines.map(render), '', ...legend, ''].join('\n')
}
