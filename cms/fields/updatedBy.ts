import type { RelationshipField } from 'payload'

/**
 * Who saved each version: stored on the document, so every entry of the version history says who
 * changed what. Visible to signed-in users only; the hook ignores any value sent by a client.
 */
export function updatedByField(): RelationshipField {
  return {
    name: 'updatedBy',
    label: 'Last changed by',
    type: 'relationship',
    relationTo: 'users',
    admin: { readOnly: true, position: 'sidebar' },
    access: { read: ({ req }) => Boolean(req.user) },
    hooks: {
      beforeChange: [({ req, value, originalDoc }) => req.user?.id ?? originalDoc?.updatedBy ?? value ?? null],
    },
  }
}
