import type { CollectionAfterChangeHook } from 'payload'

import { publicPath, type RoutedCollection } from '@/lib/paths'

/**
 * When a published document moves (new slug, new parent, news↔blog), the old address answers with
 * a permanent redirect to the new one. Redirects that pointed at the old address are re-pointed,
 * so there are no chains, and a redirect from the new address (an earlier move back) is removed.
 */
export function redirectOnPathChange(collection: RoutedCollection): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, operation }) => {
    if (operation !== 'update' || previousDoc?._status !== 'published' || doc._status !== 'published') return doc
    const from = publicPath(collection, previousDoc)
    const to = publicPath(collection, doc)
    if (!from || !to || from === to) return doc

    const common = { req, overrideAccess: true } as const
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, ...common })
    await req.payload.update({
      collection: 'redirects',
      where: { to: { equals: from } },
      data: { to },
      ...common,
    })
    const existing = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      limit: 1,
      ...common,
    })
    const current = existing.docs[0]
    if (current) {
      await req.payload.update({ collection: 'redirects', id: current.id, data: { to, automatic: true }, ...common })
    } else {
      await req.payload.create({
        collection: 'redirects',
        data: { from, to, permanent: true, automatic: true },
        ...common,
      })
    }
    return doc
  }
}
