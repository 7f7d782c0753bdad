import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

export const revalidateRedirects: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  context,
  req,
}) => {
  if (!context.disableRevalidate) await expireTags([cacheTags.collection('redirects')], req)
  return doc
}
