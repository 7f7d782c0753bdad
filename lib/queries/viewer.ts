import 'server-only'

import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'

export type Viewer = { draft: false } | { draft: true; user: TypedUser }

/**
 * Who is looking: a visitor (published content, cached), or a signed-in editor who turned on
 * preview through /next/preview (drafts, uncached, read with their own permissions).
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { draft: false }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { draft: true, user } : { draft: false }
})
