import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Page } from '@/payload-types'

export type PublicPage = Pick<Page, 'id' | 'title' | 'slug' | 'intro' | 'layout' | 'breadcrumbs' | 'meta' | 'updatedAt'>

/** A published page by slug, or null. Cached until the page (or any page) is changed. */
export const getPageBySlug = cache((slug: string): Promise<PublicPage | null> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const result = await payload.find({
        collection: 'pages',
        where: { slug: { equals: slug } },
        select: { title: true, slug: true, intro: true, layout: true, breadcrumbs: true, meta: true, updatedAt: true },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      return (result.docs[0] as PublicPage | undefined) ?? null
    },
    ['page-by-slug', slug],
    { tags: [cacheTags.collection('pages'), cacheTags.document('pages', slug)] },
  )(),
)
