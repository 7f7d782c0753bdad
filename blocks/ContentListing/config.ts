import type { Block } from 'payload'

export const listableCollections = [
  { label: 'Projects', value: 'projects' },
  { label: 'Upcoming events', value: 'events' },
  { label: 'Reports', value: 'reports' },
  { label: 'News and blogs', value: 'posts' },
] as const

export const ContentListing: Block = {
  slug: 'contentListing',
  labels: { singular: 'Content listing', plural: 'Content listings' },
  interfaceName: 'ContentListingBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120 },
    {
      name: 'collection',
      label: 'Show',
      type: 'select',
      required: true,
      defaultValue: 'projects',
      options: [...listableCollections],
    },
    {
      name: 'theme',
      type: 'relationship',
      relationTo: 'themes',
      admin: { description: 'Only items with this theme (optional).' },
    },
    { name: 'limit', label: 'How many', type: 'number', required: true, defaultValue: 3, min: 1, max: 12 },
  ],
}
