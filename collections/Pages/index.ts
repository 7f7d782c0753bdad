import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin, signedIn } from '@/cms/access'
import { slugField } from '@/cms/fields/slug'

import { revalidatePage, revalidatePageAfterDelete } from './hooks/revalidatePage'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    description: 'Standalone pages such as Home and About. The page with the slug "home" is the home page.',
  },
  access: {
    read: anyone,
    create: signedIn,
    update: signedIn,
    delete: isEditorOrAdmin,
  },
  hooks: {
    afterChange: [revalidatePage],
    afterDelete: [revalidatePageAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField(),
    {
      name: 'intro',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'One or two sentences shown large at the top of the page.' },
    },
    { name: 'content', type: 'richText' },
  ],
}
