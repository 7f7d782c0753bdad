import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { anyone, isEditorOrAdmin } from '@/cms/access'

import { revalidateRedirects } from './hooks/revalidateRedirects'

const validatePath = (value: string | null | undefined) =>
  !value || /^\/(?!\/)\S*$/.test(value) ? true : 'Use a path on this site starting with /, for example /old-page.'

/** A path without its query, fragment and trailing slash: the page it names. */
const pageOf = (path: string) => path.replace(/[?#].*$/, '').replace(/(?<=.)\/+$/, '')

const validateTarget: TextFieldSingleValidation = (value, { siblingData }) => {
  if (!value) return true
  if (!/^\/(?!\/)\S*$/.test(value) && !/^https:\/\/\S+$/.test(value)) {
    return 'Use a path on this site (/new-page) or a full https:// address.'
  }
  const from = (siblingData as { from?: unknown }).from
  // A visitor sent back where they came from would go round until the browser gives up.
  if (typeof from === 'string' && value.startsWith('/') && pageOf(value) === pageOf(from)) {
    return 'A redirect cannot send visitors to the address it comes from.'
  }
  return true
}

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
      validate: validateTarget,
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
