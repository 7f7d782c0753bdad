import type { CollectionSlug, Payload, RequestContext, Where } from 'payload'

/**
 * Deletes every document of `collection` matching `where`, one after another, and counts them.
 * Not one bulk `payload.delete({ where })`: Payload 3.90 runs each document's statements at once on
 * its transaction's single connection (payload/dist/collections/operations/delete.js,
 * `Promise.all(promises)`), which pg deprecates ("Calling client.query() when the client is
 * already executing a query") and pg 9 refuses. Each delete here is its own transaction.
 */
export async function deleteEach(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  context?: RequestContext,
): Promise<number> {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  let deleted = 0
  for (const { id } of docs) {
    await payload.delete({ collection, id, depth: 0, overrideAccess: true, context })
    deleted += 1
  }
  return deleted
}
