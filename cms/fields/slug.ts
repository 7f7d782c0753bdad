import type { TextField } from 'payload'

import { SLUG_MAX_LENGTH, slugify } from '@/lib/slugify'

type SlugSource = string | ((data: Record<string, unknown>) => string | undefined)

/** A URL slug, unique per collection, filled from the title (or `source`) when left empty. */
export function slugField(source: SlugSource = 'title'): TextField {
  const sourceText = (data: Record<string, unknown> | undefined) => {
    if (!data) return undefined
    if (typeof source === 'function') return source(data)
    const value = data[source]
    return typeof value === 'string' ? value : undefined
  }
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: SLUG_MAX_LENGTH,
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
          const text = sourceText(data)
          return text ? slugify(text) : value
        },
      ],
    },
  }
}
