import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { authRest } from '../helpers/authRest'
import { getTestPayload } from '../helpers/payload'
import { expectLoggedErrors, takeLoggedInfo } from '../helpers/payloadLogs'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('the server log', () => {
  it('records a value the database refuses as one info line, not an error with a stack trace', async () => {
    const rest = authRest(payload)
    for (const id of ['abc', '7.9', '100000000000000000000']) {
      expect((await rest.send(`/posts/${id}`, { method: 'GET' })).status).toBe(404)
    }
    expectLoggedErrors(/./, 0)
    expect(takeLoggedInfo(/not valid for the database/).map(({ msg, err }) => ({ msg, err }))).toEqual(
      Array.from({ length: 3 }, () => ({
        msg: expect.stringMatching(/^refused: a value in the request is not valid for the database \(22\w{3}\)$/),
        err: undefined,
      })),
    )
  })
})
