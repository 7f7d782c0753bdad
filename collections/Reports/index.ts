import type { CollectionConfig } from 'payload'

import { publicContent } from '@/cms/collectionDefaults'
import { slugField } from '@/cms/fields/slug'
import { searchKeywordsField } from '@/cms/fields/searchKeywords'
import { updatedByField } from '@/cms/fields/updatedBy'
import { themesField } from '@/cms/fields/themes'
import { normaliseDoi, validateDoi } from '@/lib/validation/doi'
import { validateHttpsUrl } from '@/lib/validation/url'
import { reportTypes, selectOptions } from '@/lib/content/options'

export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: 'Report', plural: 'Reports' },
  ...publicContent('reports'),
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'reportType', 'publishedOn', '_status'],
    description: 'Research findings and publications: reports, papers, protocols and briefings.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'reportType',
          label: 'Type',
          type: 'select',
          required: true,
          defaultValue: 'report',
          options: selectOptions(reportTypes),
        },
        {
          name: 'publishedOn',
          label: 'Publication date',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
      ],
    },
    { name: 'abstract', type: 'textarea', required: true, maxLength: 3000 },
    { name: 'body', type: 'richText', admin: { description: 'Optional longer summary of the findings.' } },
    {
      name: 'authors',
      type: 'array',
      minRows: 1,
      maxRows: 50,
      admin: { description: 'In citation order. Pick a member, or type the name of an external author.' },
      fields: [
        { name: 'member', type: 'relationship', relationTo: 'members' },
        {
          name: 'name',
          label: 'External author',
          type: 'text',
          maxLength: 120,
          admin: { condition: (_, sibling) => !sibling?.member },
        },
      ],
    },
    { name: 'publisher', label: 'Publisher or journal', type: 'text', maxLength: 200 },
    {
      name: 'doi',
      label: 'DOI',
      type: 'text',
      maxLength: 200,
      validate: validateDoi,
      // A value that does not normalise is kept as typed: a draft (saved without validation) must
      // not lose it, and publishing refuses it with the field's message.
      hooks: {
        beforeChange: [({ value }) => (typeof value === 'string' && value ? (normaliseDoi(value) ?? value) : value)],
      },
    },
    { name: 'url', label: 'Web address', type: 'text', maxLength: 500, validate: validateHttpsUrl },
    { name: 'file', label: 'PDF', type: 'upload', relationTo: 'documents' },
    { name: 'projects', type: 'relationship', relationTo: 'projects', hasMany: true },
    themesField(),
    searchKeywordsField(),
    updatedByField(),
  ],
}
