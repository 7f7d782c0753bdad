import type { CollectionConfig } from 'payload'

import { publicContent } from '@/cms/collectionDefaults'
import { externalLinksField } from '@/cms/fields/externalLinks'
import { slugField } from '@/cms/fields/slug'
import { searchKeywordsField } from '@/cms/fields/searchKeywords'
import { reindexMemberMentions } from '@/cms/hooks/searchIndex'
import { updatedByField } from '@/cms/fields/updatedBy'
import { normaliseOrcid, validateOrcid } from '@/lib/validation/orcid'

import { deleteMemberContact } from './hooks/deleteMemberContact'
import { networkRoles, selectOptions } from '@/lib/content/options'

const fullName = (data: Record<string, unknown>) =>
  [data.givenName, data.familyName].filter((part) => typeof part === 'string' && part.trim()).join(' ') || undefined

const defaults = publicContent('members')

export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: 'Member', plural: 'Members' },
  ...defaults,
  hooks: {
    ...defaults.hooks,
    afterChange: [...(defaults.hooks?.afterChange ?? []), reindexMemberMentions],
    beforeDelete: [deleteMemberContact],
  },
  admin: {
    group: 'People',
    useAsTitle: 'name',
    defaultColumns: ['name', 'networkRole', 'jobTitle', 'acceptsMessages', '_status'],
    description:
      'Public profiles of network members. Email addresses are kept separately, in Member contacts, and are never shown on the site.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'givenName', type: 'text', required: true, maxLength: 80 },
        { name: 'familyName', type: 'text', required: true, maxLength: 80 },
      ],
    },
    {
      name: 'name',
      type: 'text',
      admin: { hidden: true },
      hooks: { beforeChange: [({ data }) => (data ? fullName(data) : undefined)] },
    },
    slugField(fullName),
    { name: 'postNominals', type: 'text', maxLength: 60, admin: { description: 'For example "DPhil, FRCGP".' } },
    {
      name: 'networkRole',
      label: 'Role in the network',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: selectOptions(networkRoles),
    },
    { name: 'jobTitle', type: 'text', maxLength: 160 },
    { name: 'affiliations', type: 'relationship', relationTo: 'organisations', hasMany: true },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'shortBio', type: 'textarea', maxLength: 400, admin: { description: 'One or two sentences for lists.' } },
    { name: 'bio', label: 'Full biography', type: 'richText' },
    {
      name: 'researchInterests',
      type: 'text',
      hasMany: true,
      maxRows: 12,
      admin: { description: 'Short phrases, e.g. "loneliness", "arts on prescription".' },
    },
    {
      name: 'orcid',
      label: 'ORCID iD',
      type: 'text',
      maxLength: 60,
      validate: validateOrcid,
      // A value that does not normalise is kept as typed: a draft (saved without validation) must
      // not lose it, and publishing refuses it with the field's message.
      hooks: {
        beforeChange: [({ value }) => (typeof value === 'string' && value ? (normaliseOrcid(value) ?? value) : value)],
      },
      admin: { description: 'For example 0000-0002-1825-0097; the check digit is verified.' },
    },
    externalLinksField('profileLinks', 'Profile links'),
    {
      name: 'acceptsMessages',
      label: 'Accepts messages through the contact form',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Needs an address in Member contacts.' },
    },
    {
      name: 'isDemo',
      label: 'Demo profile',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'A fictional person from the demo content.' },
    },
    searchKeywordsField(),
    updatedByField(),
  ],
}
