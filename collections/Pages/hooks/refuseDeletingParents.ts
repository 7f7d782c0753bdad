import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A page with pages under it cannot be deleted: their addresses and breadcrumbs are built from
 * it, and would go on naming a page that is gone. The editor moves or deletes them first.
 */
export const refuseDeletingParents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'pages',
    where: { parent: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      `This page has ${totalDocs === 1 ? 'a page' : `${totalDocs} pages`} under it. Move or delete ${totalDocs === 1 ? 'it' : 'them'} first.`,
      400,
      null,
      true,
    )
  }
}
