import type { Field } from 'payload'

/** A label and a site path ("/about") or an absolute https address. */
export function linkFields(): Field[] {
  return [
    { name: 'label', type: 'text', required: true, maxLength: 60 },
    {
      name: 'href',
      label: 'Link',
      type: 'text',
      required: true,
      maxLength: 500,
      admin: { description: 'A path on this site such as /about, or a full address starting https://.' },
      validate: (value: string | null | undefined) => {
        if (!value) return 'Enter a link.'
        if (/^\/(?!\/)[^\s]*$/.test(value)) return true
        if (/^https:\/\/[^\s]+$/.test(value)) return true
        return 'Use a path starting with / or a full address starting with https://.'
      },
    },
  ]
}
