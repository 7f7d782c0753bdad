import 'server-only'

import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

export interface RedirectTarget {
  to: string
  permanent: boolean
}

/** The redirect registered for an old path, if any. */
export const findRedirect = (path: string): Promise<RedirectTarget | null> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const result = await payload.find({
        collection: 'redirects',
        where: { from: { equals: path } },
        select: { to: true, permanent: true },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      const found = result.docs[0]
      return found ? { to: found.to, permanent: found.permanent !== false } : null
    },
    ['redirect', path],
    { tags: [cacheTags.collection('redirects')] },
  )()
