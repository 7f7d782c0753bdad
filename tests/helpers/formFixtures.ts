import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { type FormPurpose, issueFormToken } from '@/lib/abuse/formToken'
import { serverEnv } from '@/lib/env'

/**
 * A visitor form as the browser sends it: `defaults` with `fields` over them (an undefined field
 * is left out), and a signed token for `purpose` shown `tokenAgeMs` ago (a person takes a while
 * to type).
 */
export function filledForm(
  purpose: FormPurpose,
  defaults: Record<string, string>,
  fields: Record<string, string | undefined>,
  tokenAgeMs: number,
): FormData {
  const values: Record<string, string | undefined> = {
    ...defaults,
    formToken: issueFormToken(serverEnv().PAYLOAD_SECRET ?? '', Date.now() - tokenAgeMs, purpose),
    ...fields,
  }
  const form = new FormData()
  for (const [name, value] of Object.entries(values)) if (value !== undefined) form.set(name, value)
  return form
}

/** Runs one jobs queue once, as the server's schedule or `npm run jobs` would. */
export async function runQueue(payload: Payload, queue: string): Promise<void> {
  await payload.jobs.run({ queue, limit: 100, silent: true })
}

/** Payload's own connection pool, for the rate limiters under test. */
export const poolOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool
