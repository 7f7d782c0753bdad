import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/cms/access/roles'

/**
 * Rules that access functions alone cannot express, for versioned content:
 *
 * - Visitors never read in draft mode. Payload validates a draft-mode `where` on a copy that loses
 *   the read constraints of related collections, so `?draft=true&where[outputs.title][like]=…`
 *   could probe unpublished related documents. Visitors read published content only anyway.
 * - Contributors change published content only as drafts: a non-draft update of a published
 *   document would change (or unpublish) the live page, which is publishing by another name.
 */
export const enforceEditorialRules: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
  overrideAccess,
}) => {
  if (overrideAccess) return args

  if ((operation === 'read' || operation === 'findByID') && !req.user && (args as { draft?: boolean }).draft) {
    return { ...args, draft: false }
  }

  if (operation === 'update' && hasRole(req.user, 'contributor') && !(args as { draft?: boolean }).draft) {
    const id = (args as { id?: number | string }).id
    if (id === undefined) throw new Forbidden(req.t)
    const current = await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      select: { _status: true },
      overrideAccess: true,
      req,
    })
    if ((current as { _status?: string })._status === 'published') throw new Forbidden(req.t)
  }
  return args
}
