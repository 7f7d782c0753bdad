import type { Block } from 'payload'

/** The cookie policy's preferences form and cookie tables, built from Settings → Cookie settings. */
export const CookiePreferences: Block = {
  slug: 'cookiePreferences',
  labels: { singular: 'Cookie preferences', plural: 'Cookie preferences' },
  interfaceName: 'CookiePreferencesBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Change your cookie settings', required: true, maxLength: 120 },
    {
      name: 'intro',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'Shown above the form. Categories, services and cookies come from Cookie settings.' },
    },
  ],
}
