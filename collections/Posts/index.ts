import type { CollectionConfig } from 'payload'

import { publicContent } from '@/cms/collectionDefaults'
import { slugField } from '@/cms/fields/slug'
import { searchKeywordsField } from '@/cms/fields/searchKeywords'
import { updatedByField } from '@/cms/fields/updatedBy'
import { themesField } from '@/cms/fields/themes'
import { postKinds, selectOptions } from '@/lib/content/options'

import { deleteComments } from './hooks/deleteComments'

const content = publicContent('posts')

export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: 'News or blog post', plural: 'News and blogs' },
  ...content,
  hooks: { ...content.hooks, beforeDelete: [...(content.hooks?.beforeDelete ?? []), deleteComments] },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', '_status'],
    description: 'News items and blog posts.',
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'news',
      options: selectOptions(postKinds),
      admin: { position: 'sidebar' },
    },
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField(),
    { name: 'excerpt', type: 'textarea', required: true, maxLength: 400 },
    { name: 'body', type: 'richText' },
    {
      name: 'publishedAt',
      label: 'Date',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
    },
    { name: 'authors', type: 'relationship', relationTo: 'members', hasMany: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    themesField(),
    {
      name: 'related',
      label: 'Related content',
      type: 'relationship',
      relationTo: ['projects', 'events', 'reports', 'posts'],
      hasMany: true,
    },
    {
      name: 'comments',
      label: 'Readers’ comments',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'open', label: 'Open for comments', type: 'checkbox', defaultValue: true },
        {
          name: 'closeAfterDays',
          label: 'Close after (days)',
          type: 'number',
          min: 0,
          max: 3650,
          admin: {
            condition: (_, siblingData) => siblingData?.open !== false,
            description: 'Days after the post’s date. Empty: as in Comment settings; 0: stay open.',
          },
        },
      ],
    },
    searchKeywordsField(),
    updatedByField(),
  ],
}
