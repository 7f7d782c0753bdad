import type { ArrayField } from 'payload'

import { validateHttpsUrl } from '@/lib/validation/url'

export function externalLinksField(name = 'externalLinks', label = 'External links'): ArrayField {
  return {
    name,
    label,
    type: 'array',
    maxRows: 12,
    fields: [
      { name: 'label', type: 'text', required: true, maxLength: 120 },
      { name: 'url', label: 'Address', type: 'text', required: true, maxLength: 500, validate: validateHttpsUrl },
    ],
  }
}
