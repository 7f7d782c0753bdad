import type { TextField } from 'payload'

import { slugify } from '@/lib/slugify'

/** A URL slug, unique per collection, filled from the title when left empty. */
export function slugField(sourceField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 120,
    admin: {
      position: 'sidebar',
      description: 'The last part of the web address. Filled from the title if left empty.',
    },
    validate: (value: string | null | undefined) => {
      if (!value) return true
      return slugify(value) === value || 'Use lower-case letters, numbers and single hyphens only.'
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source: unknown = data?.[sourceField]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
  }
}
