import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/cms/access'
import { slugField } from '@/cms/fields/slug'
import { revalidateContentAfterChange, revalidateContentAfterDelete } from '@/cms/hooks/revalidateContent'
import { reindexOrganisationMentions } from '@/cms/hooks/searchIndex'
import { validateHttpsUrl } from '@/lib/validation/url'
import { organisationKinds, selectOptions } from '@/lib/content/options'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisation', plural: 'Organisations' },
  admin: {
    group: 'Taxonomy',
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'isPartner', 'updatedAt'],
    description: 'Partners, funders and the institutions members belong to.',
  },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    afterChange: [revalidateContentAfterChange('organisations'), reindexOrganisationMentions],
    afterDelete: [revalidateContentAfterDelete('organisations')],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160 },
    slugField('name'),
    { name: 'shortName', type: 'text', maxLength: 30, admin: { description: 'Abbreviation, e.g. "CEBM".' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'university',
      options: selectOptions(organisationKinds),
    },
    {
      name: 'isPartner',
      label: 'Network partner',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Shown among the partners on the home page and in the footer.' },
    },
    { name: 'website', type: 'text', maxLength: 500, validate: validateHttpsUrl },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'description', type: 'textarea', maxLength: 600 },
  ],
}
