import 'server-only'

import { unstable_cache } from 'next/cache'
import type { DataFromCollectionSlug } from 'payload'
import { cache } from 'react'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { RoutedCollection } from '@/lib/paths'
import { SLUG_MAX_LENGTH } from '@/lib/slugify'

import { getViewer } from './viewer'

/** Collections whose documents a detail page populates, so that editing one refreshes the page. */
const populates: Record<RoutedCollection, string[]> = {
  pages: ['media', 'organisations', 'themes', 'projects', 'events', 'reports', 'posts'],
  projects: ['members', 'organisations', 'reports', 'events', 'posts', 'themes', 'media'],
  events: ['members', 'organisations', 'documents', 'themes', 'media'],
  reports: ['members', 'projects', 'documents', 'themes'],
  posts: ['members', 'themes', 'media', 'projects', 'events', 'reports', 'posts'],
  members: ['organisations', 'media'],
}

export type ContentDoc<C extends RoutedCollection> = DataFromCollectionSlug<C>

/**
 * One document of a public collection by slug. Visitors get the published version from the
 * cache; an editor in preview gets the latest draft, read with their own permissions.
 * `extra` narrows the query (e.g. a post's kind). Depth 2 populates related items and their images.
 */
export const getDocumentBySlug = cache(
  async <C extends RoutedCollection>(
    collection: C,
    slug: string,
    extra: Record<string, string> = {},
  ): Promise<ContentDoc<C> | null> => {
    // Nothing to find, and no cache entry (or tag over Next.js's 256 characters) for a probe.
    if (slug.length > SLUG_MAX_LENGTH) return null
    const viewer = await getViewer()
    const where = {
      slug: { equals: slug },
      ...Object.fromEntries(Object.entries(extra).map(([field, value]) => [field, { equals: value }])),
    }
    const load = async (draft: boolean) => {
      const payload = await getPayloadClient()
      const result = await payload.find({
        collection,
        where: draft ? where : { ...where, _status: { equals: 'published' } },
        draft,
        depth: 2,
        limit: 1,
        pagination: false,
        overrideAccess: false,
        user: viewer.draft ? viewer.user : undefined,
      })
      return (result.docs[0] as ContentDoc<C> | undefined) ?? null
    }
    if (viewer.draft) return load(true)
    return unstable_cache(() => load(false), ['document', collection, slug, JSON.stringify(extra)], {
      tags: [
        cacheTags.collection(collection),
        cacheTags.document(collection, slug),
        ...populates[collection].map((related) => cacheTags.collection(related)),
      ],
    })()
  },
)
