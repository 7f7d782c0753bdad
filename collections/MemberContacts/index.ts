import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/cms/access'

/**
 * Members' email addresses, kept apart from the public member record so that no public read,
 * population or query of members can ever reach them. Administrators only.
 */
export const MemberContacts: CollectionConfig = {
  slug: 'member-contacts',
  labels: { singular: 'Member contact', plural: 'Member contacts' },
  admin: {
    group: 'People',
    useAsTitle: 'email',
    defaultColumns: ['member', 'email', 'updatedAt'],
    description: 'Private email addresses that receive messages sent to members through the contact form.',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, unique: true },
    { name: 'email', type: 'email', required: true },
    { name: 'notes', type: 'textarea', maxLength: 500 },
  ],
}
