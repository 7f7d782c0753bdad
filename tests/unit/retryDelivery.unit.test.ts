import type { PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { retryDelivery } from '@/collections/ContactMessages/endpoints/retryDelivery'

/** An editor's request for message 7, on a Payload whose database answers with `findByID`. */
function editorRequest(findByID: () => Promise<unknown>) {
  const error = vi.fn()
  const req = {
    user: { id: 1, role: 'editor', collection: 'users' },
    routeParams: { id: '7' },
    payload: { findByID, logger: { error } },
  } as unknown as PayloadRequest
  return { req, error }
}

describe('POST /api/contact-messages/:id/retry', () => {
  it('answers 500 with a plain message, not "Unknown message", when the database fails', async () => {
    const failure = new Error('Connection terminated unexpectedly')
    const { req, error } = editorRequest(() => Promise.reject(failure))
    const response = await retryDelivery.handler(req)
    expect(response.status).toBe(500)
    const body = (await response.json()) as { error: string }
    expect(body.error).toBe('The message could not be queued again. Try again later.')
    expect(body.error).not.toMatch(/Connection|Unknown/)
    // The detail goes to the log, once.
    expect(error).toHaveBeenCalledTimes(1)
    expect(error.mock.calls[0]?.[0]).toMatchObject({ err: failure })
  })

  it('answers 404 for a message the editor cannot find', async () => {
    const { req, error } = editorRequest(() => Promise.resolve(null))
    const response = await retryDelivery.handler(req)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'Unknown message' })
    expect(error).not.toHaveBeenCalled()
  })
})
