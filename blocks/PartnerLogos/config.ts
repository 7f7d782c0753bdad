import type { Block } from 'payload'

export const PartnerLogos: Block = {
  slug: 'partnerLogos',
  labels: { singular: 'Partner logos', plural: 'Partner logos' },
  interfaceName: 'PartnerLogosBlock',
  fields: [
    { name: 'heading', type: 'text', maxLength: 120 },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      admin: { description: 'Leave empty to show every organisation marked as a network partner.' },
    },
  ],
}
