import { revalidateTag } from 'next/cache'
import { describe, expect, it } from 'vitest'

import { OUTSIDE_REQUEST_MESSAGE } from '@/lib/cache/revalidate'

describe("Next.js's revalidateTag outside a request", () => {
  // expireTags() falls back to posting the tags to the server only on this error. When a Next.js
  // upgrade changes it, scheduled publishing would stop expiring the cache: this test fails first.
  it('throws the error that expireTags() recognises', () => {
    expect(() => revalidateTag('pinned-by-a-test', { expire: 0 })).toThrow(OUTSIDE_REQUEST_MESSAGE)
  })
})
