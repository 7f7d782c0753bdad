import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/cms/access'

import { revalidateRedirects } from './hooks/revalidateRedirects'

const validatePath = (value: string | null | undefined) =>
  !value || /^\/(?!\/)\S*$/.test(value) ? true : 'Use a path on this site starting with /, for example /old-page.'

export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Redirect', plural: 'Redirects' },
  admin: {
    group: 'Settings',
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'permanent', 'automatic', 'updatedAt'],
    description:
      'Old addresses that send visitors on to a new one. Created automatically when a published page changes address; you can add your own.',
  },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    afterChange: [revalidateRedirects],
    afterDelete: [revalidateRedirects],
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 300,
      validate: validatePath,
      admin: { description: 'The old path, for example /projects/old-name.' },
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      maxLength: 500,
      validate: (value: string | null | undefined) =>
        !value || /^\/(?!\/)\S*$/.test(value) || /^https:\/\/\S+$/.test(value)
          ? true
          : 'Use a path on this site (/new-page) or a full https:// address.',
    },
    {
      name: 'permanent',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Permanent (308) tells search engines the page has moved for good.' },
    },
    {
      name: 'automatic',
      type: 'checkbox',
      defaultValue: false,
      admin: { readOnly: true, position: 'sidebar', description: 'Created by the site when an address changed.' },
    },
  ],
}
