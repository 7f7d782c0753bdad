import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { Page } from '@/payload-types'

export const revalidatePage: CollectionAfterChangeHook<Page> = ({ doc, previousDoc, context }) => {
  if (context.disableRevalidate) return doc
  const tags = [cacheTags.collection('pages'), cacheTags.document('pages', doc.slug)]
  // A renamed page must stop answering at its old address too.
  if (previousDoc?.slug && previousDoc.slug !== doc.slug) {
    tags.push(cacheTags.document('pages', previousDoc.slug))
  }
  expireTags(tags)
  return doc
}

export const revalidatePageAfterDelete: CollectionAfterDeleteHook<Page> = ({ doc, context }) => {
  if (context.disableRevalidate) return doc
  expireTags([cacheTags.collection('pages'), cacheTags.document('pages', doc.slug)])
  return doc
}
