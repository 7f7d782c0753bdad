import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { expireTags } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

interface Versioned {
  id: number | string
  slug?: string | null
  _status?: 'draft' | 'published' | null
}

/** Unversioned collections (themes, organisations) are public as soon as they exist. */
const isPublic = (doc: Versioned | undefined) =>
  Boolean(doc) && (doc?._status === undefined || doc._status === 'published')

/**
 * Expires the cache tags of a document when what visitors see may have changed: it is published,
 * or it was published before (edited, unpublished, or renamed: the old slug's tag too).
 * Saving a draft of a never-published document changes nothing public and expires nothing.
 */
export function revalidateContentAfterChange(collection: string): CollectionAfterChangeHook<Versioned> {
  return async ({ doc, previousDoc, context, operation, req }) => {
    if (context.disableRevalidate) return doc
    const wasPublic = operation === 'update' && isPublic(previousDoc)
    if (!isPublic(doc) && !wasPublic) return doc
    const tags = [cacheTags.collection(collection)]
    if (doc.slug) tags.push(cacheTags.document(collection, doc.slug))
    if (previousDoc?.slug && previousDoc.slug !== doc.slug) tags.push(cacheTags.document(collection, previousDoc.slug))
    await expireTags(tags, req)
    return doc
  }
}

export function revalidateContentAfterDelete(collection: string): CollectionAfterDeleteHook<Versioned> {
  return async ({ doc, context, req }) => {
    if (context.disableRevalidate) return doc
    const tags = [cacheTags.collection(collection)]
    if (doc.slug) tags.push(cacheTags.document(collection, doc.slug))
    await expireTags(tags, req)
    return doc
  }
}

/** A global's cache tag expires whenever it is saved (every global is public in part). */
export function revalidateGlobalAfterChange(slug: string): GlobalAfterChangeHook {
  return ({ doc, context, req }) => {
    if (!context.disableRevalidate) void expireTags([cacheTags.global(slug)], req)
    return doc
  }
}
