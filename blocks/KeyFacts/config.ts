import type { Block } from 'payload'

export const KeyFacts: Block = {
  slug: 'keyFacts',
  labels: { singular: 'Key facts', plural: 'Key facts' },
  interfaceName: 'KeyFactsBlock',
  fields: [
    { name: 'heading', type: 'text', maxLength: 120 },
    {
      name: 'facts',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      fields: [
        {
          name: 'figure',
          type: 'text',
          required: true,
          maxLength: 20,
          admin: { description: 'For example "3 million".' },
        },
        { name: 'label', type: 'text', required: true, maxLength: 160 },
      ],
    },
  ],
}
