import { describe, expect, it } from 'vitest'

import { checkDatabase } from '@/lib/health/checkDatabase'

describe('checkDatabase', () => {
  it('gives up on a database that hangs, within the time limit', async () => {
    const started = Date.now()
    const logged: unknown[] = []
    const result = await checkDatabase(
      () => new Promise(() => undefined),
      50,
      (error) => logged.push(error),
    )
    expect(result.httpStatus).toBe(503)
    expect(result.report.db).toBe('unreachable')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(String(logged[0])).toMatch(/did not answer within 50 ms/)
  })

  it('does not put the error text in the report', async () => {
    const result = await checkDatabase(
      () => Promise.reject(new Error('password authentication failed for user "osprn"')),
      1000,
      () => undefined,
    )
    expect(JSON.stringify(result.report)).not.toMatch(/password|osprn/)
  })
})
