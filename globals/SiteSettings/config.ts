import type { GlobalConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/cms/access'
import { linkFields } from '@/cms/fields/link'
import { revalidateGlobalAfterChange } from '@/cms/hooks/revalidateContent'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: {
    group: 'Settings',
    description: 'The site name, navigation and footer shown on every page.',
  },
  access: {
    read: anyone,
    update: isEditorOrAdmin,
  },
  hooks: {
    afterChange: [revalidateGlobalAfterChange('site-settings')],
  },
  fields: [
    { name: 'siteName', type: 'text', required: true, maxLength: 120 },
    {
      name: 'shortName',
      type: 'text',
      maxLength: 20,
      admin: { description: 'Abbreviation used where space is short, for example "OSPRN".' },
    },
    { name: 'tagline', type: 'text', maxLength: 200 },
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      admin: { description: 'Main menu, in order. Keep it to a handful of items.' },
      fields: linkFields(),
    },
    {
      name: 'footerLinks',
      type: 'array',
      maxRows: 12,
      admin: { description: 'Links in the footer, such as the privacy notice and accessibility statement.' },
      fields: linkFields(),
    },
    {
      name: 'contactEmail',
      type: 'email',
      admin: { description: "The communications team's public address." },
    },
  ],
}
