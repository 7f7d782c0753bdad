import type { Block } from 'payload'

import { linkFields } from '@/cms/fields/link'

export const CallToAction: Block = {
  slug: 'callToAction',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  interfaceName: 'CallToActionBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120 },
    { name: 'text', type: 'textarea', maxLength: 400 },
    { name: 'links', type: 'array', required: true, minRows: 1, maxRows: 2, fields: linkFields() },
  ],
}
