import type { AfterErrorHookArgs, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { databaseErrorCode, inputErrorStatus } from '@/cms/hooks/inputErrorStatus'

/** Drizzle's wrapper around the driver's error, as Payload's REST handler receives it. */
function failedQuery(code: string) {
  return new Error('Failed query: select …', { cause: Object.assign(new Error('invalid input syntax'), { code }) })
}

function hook(error: unknown, req: Partial<PayloadRequest>) {
  return inputErrorStatus({ error, req, context: {} } as unknown as AfterErrorHookArgs)
}

describe('REST errors caused by input', () => {
  it('finds the PostgreSQL code behind Drizzle', () => {
    expect(databaseErrorCode(failedQuery('22P02'))).toBe('22P02')
    expect(databaseErrorCode(new Error('plain'))).toBeUndefined()
  })

  it('answers 404 for an id that is no integer, 400 for other bad values', () => {
    expect(hook(failedQuery('22P02'), { routeParams: { id: 'abc' } })).toMatchObject({ status: 404 })
    expect(hook(failedQuery('22003'), { routeParams: { id: '99999999999999999999' } })).toMatchObject({ status: 404 })
    expect(hook(failedQuery('2201X'), { url: 'http://x/api/posts?page=-5' })).toMatchObject({ status: 400 })
    // A document that exists, sent a value its column cannot hold (an enum, a date).
    expect(hook(failedQuery('22P02'), { routeParams: { id: '7' } })).toMatchObject({ status: 400 })
    expect(hook(failedQuery('22008'), { routeParams: { id: '2147483647' } })).toMatchObject({ status: 400 })
    expect(hook(failedQuery('22P02'), { routeParams: { id: '2147483648' } })).toMatchObject({ status: 404 })
    expect(hook(failedQuery('22P02'), { routeParams: { id: '7.0' } })).toMatchObject({ status: 404 })
    expect(hook(new SyntaxError('Unexpected token'), {})).toMatchObject({ status: 400 })
  })

  it('leaves other errors alone', () => {
    expect(hook(failedQuery('23505'), {})).toBeUndefined()
    expect(hook(new Error('boom'), { url: 'http://x/api/posts' })).toBeUndefined()
  })
})
