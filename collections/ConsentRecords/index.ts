import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/cms/access'

const recorded = { readOnly: true }

/**
 * Anonymous proof of consent: which choice was made, when, under which policy revision. No IP
 * address, no user agent: the random id is the one in the visitor's consent cookie. Written only
 * by the consent route; deleted after the period in Cookie settings.
 */
export const ConsentRecords: CollectionConfig = {
  slug: 'consent-records',
  labels: { singular: 'Consent record', plural: 'Consent records' },
  admin: {
    group: 'Administration',
    useAsTitle: 'consentId',
    defaultColumns: ['consentId', 'method', 'revision', 'categories', 'createdAt'],
    description: 'Anonymous records of cookie choices (no IP address), kept as proof of consent.',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'consentId', type: 'text', required: true, index: true, admin: recorded },
    {
      name: 'method',
      type: 'select',
      required: true,
      options: [
        { label: 'Accepted all', value: 'accept' },
        { label: 'Rejected all optional', value: 'reject' },
        { label: 'Chose on the cookie policy page', value: 'custom' },
      ],
      admin: recorded,
    },
    { name: 'revision', type: 'number', required: true, admin: recorded },
    { name: 'categories', type: 'text', hasMany: true, admin: recorded },
    { name: 'services', type: 'text', hasMany: true, admin: recorded },
  ],
}
