import { describe, expect, it } from 'vitest'

import * as verifyRoute from '@/app/(payload)/api/users/verify/[token]/route'
import { Users } from '@/collections/Users'

describe('POST /api/users/verify/<token>', () => {
  it('is answered 404 by its own route, which is right only while accounts are not verified by e-mail', async () => {
    expect(typeof Users.auth === 'object' && Users.auth.verify).toBeFalsy()
    const response = await verifyRoute.POST()
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ errors: [{ message: 'Not Found' }] })
  })
})
