import type { CollectionConfig } from 'payload'

import { publicContent } from '@/cms/collectionDefaults'
import { externalLinksField } from '@/cms/fields/externalLinks'
import { slugField } from '@/cms/fields/slug'
import { searchKeywordsField } from '@/cms/fields/searchKeywords'
import { updatedByField } from '@/cms/fields/updatedBy'
import { themesField } from '@/cms/fields/themes'
import { projectStatuses, selectOptions } from '@/lib/content/options'

export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: 'Project', plural: 'Projects' },
  ...publicContent('projects'),
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'projectStatus', 'startDate', 'endDate', '_status', 'updatedAt'],
    description: 'Past, ongoing and planned research projects.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 500,
      admin: { description: 'Two or three sentences for listings and search results.' },
    },
    { name: 'body', type: 'richText' },
    {
      type: 'row',
      fields: [
        {
          name: 'projectStatus',
          label: 'Status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          options: selectOptions(projectStatuses),
        },
        {
          name: 'startDate',
          type: 'date',
          admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
        },
        {
          name: 'endDate',
          type: 'date',
          admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
        },
      ],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    themesField(),
    { name: 'lead', label: 'Project lead', type: 'relationship', relationTo: 'members' },
    { name: 'team', type: 'relationship', relationTo: 'members', hasMany: true },
    { name: 'partners', type: 'relationship', relationTo: 'organisations', hasMany: true },
    { name: 'funders', type: 'relationship', relationTo: 'organisations', hasMany: true },
    {
      name: 'outputs',
      type: 'relationship',
      relationTo: 'reports',
      hasMany: true,
      admin: { description: 'Reports and papers from this project.' },
    },
    { name: 'relatedEvents', type: 'relationship', relationTo: 'events', hasMany: true },
    { name: 'relatedPosts', type: 'relationship', relationTo: 'posts', hasMany: true },
    externalLinksField(),
    searchKeywordsField(),
    updatedByField(),
  ],
}
