import 'server-only'

import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { publicPath, routedCollections } from '@/lib/paths'

export interface SitemapEntry {
  path: string
  updatedAt: string
}

/** Every published document's public address, for sitemap.xml. */
export const getSitemapEntries = unstable_cache(
  async (): Promise<SitemapEntry[]> => {
    const payload = await getPayloadClient()
    const perCollection = await Promise.all(
      routedCollections.map(async (collection) => {
        const result = await payload.find({
          collection,
          where: { _status: { equals: 'published' } },
          select: {
            slug: true,
            updatedAt: true,
            ...(collection === 'posts' ? { kind: true } : {}),
            ...(collection === 'pages' ? { breadcrumbs: true } : {}),
          },
          depth: 0,
          pagination: false,
          overrideAccess: false,
        })
        return result.docs.flatMap((doc) => {
          const path = publicPath(collection, doc as Parameters<typeof publicPath>[1])
          return path ? [{ path, updatedAt: doc.updatedAt }] : []
        })
      }),
    )
    return perCollection.flat()
  },
  ['sitemap'],
  { tags: routedCollections.map((collection) => cacheTags.collection(collection)) },
)
