import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/cms/access'
import { slugField } from '@/cms/fields/slug'
import { revalidateContentAfterChange, revalidateContentAfterDelete } from '@/cms/hooks/revalidateContent'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Theme', plural: 'Themes' },
  admin: {
    group: 'Taxonomy',
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    description: 'Research themes used to group and filter projects, events, reports and posts.',
  },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    afterChange: [revalidateContentAfterChange('themes')],
    afterDelete: [revalidateContentAfterDelete('themes')],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 400 },
  ],
}
