import type { Block } from 'payload'

export const Quote: Block = {
  slug: 'quote',
  labels: { singular: 'Quote', plural: 'Quotes' },
  interfaceName: 'QuoteBlock',
  fields: [
    { name: 'quote', type: 'textarea', required: true, maxLength: 800 },
    { name: 'attribution', type: 'text', maxLength: 160 },
    { name: 'role', type: 'text', maxLength: 160 },
  ],
}
