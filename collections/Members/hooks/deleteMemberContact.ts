import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A member's private contact row points at the member and cannot exist without it: remove it in
 * the same transaction before the member is deleted (otherwise the database refuses the delete).
 */
export const deleteMemberContact: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'member-contacts',
    where: { member: { equals: id } },
    overrideAccess: true,
    req,
  })
}
