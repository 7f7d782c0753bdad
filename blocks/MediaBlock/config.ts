import type { Block } from 'payload'

export const MediaBlock: Block = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  interfaceName: 'MediaBlock',
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'caption',
      type: 'text',
      maxLength: 300,
      admin: { description: "Shown under the image; the image's own caption otherwise." },
    },
    {
      name: 'width',
      type: 'select',
      defaultValue: 'content',
      options: [
        { label: 'Text width', value: 'content' },
        { label: 'Wide', value: 'wide' },
      ],
    },
  ],
}
