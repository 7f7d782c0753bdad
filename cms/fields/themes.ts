import type { RelationshipField } from 'payload'

export function themesField(): RelationshipField {
  return {
    name: 'themes',
    type: 'relationship',
    relationTo: 'themes',
    hasMany: true,
    admin: { position: 'sidebar', description: 'Research themes, used for filtering and related content.' },
  }
}
