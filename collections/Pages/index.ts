import type { CollectionConfig } from 'payload'

import { pageBlocks } from '@/blocks'
import { publicContent } from '@/cms/collectionDefaults'
import { slugField } from '@/cms/fields/slug'
import { searchKeywordsField } from '@/cms/fields/searchKeywords'
import { updatedByField } from '@/cms/fields/updatedBy'

import { refuseDeletingParents } from './hooks/refuseDeletingParents'

const content = publicContent('pages')

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  ...content,
  hooks: { ...content.hooks, beforeDelete: [refuseDeletingParents] },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'parent', '_status', 'updatedAt'],
    description:
      'Standalone pages such as About or the privacy notice, built from blocks. The page with the slug "home" is the home page; choose a parent to nest a page under another.',
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
    { name: 'layout', type: 'blocks', blocks: pageBlocks, admin: { initCollapsed: false } },
    searchKeywordsField(),
    updatedByField(),
  ],
}
