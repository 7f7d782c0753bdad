import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A post's comments go with it (in the same transaction): they belong to the post, and the
 * database would otherwise refuse to delete a post that has any.
 */
export const deleteComments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'comments',
    where: { post: { equals: id } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  // One by one: Payload's bulk delete runs its statements at once on the transaction's connection.
  for (const comment of docs) {
    await req.payload.delete({ collection: 'comments', id: comment.id, depth: 0, overrideAccess: true, req })
  }
}
