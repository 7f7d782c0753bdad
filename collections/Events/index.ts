import type { CollectionConfig } from 'payload'

import { publicContent } from '@/cms/collectionDefaults'
import { slugField } from '@/cms/fields/slug'
import { searchKeywordsField } from '@/cms/fields/searchKeywords'
import { updatedByField } from '@/cms/fields/updatedBy'
import { themesField } from '@/cms/fields/themes'
import { validateHttpsUrl } from '@/lib/validation/url'
import { attendanceModes, eventMaterialKinds, eventStatuses, selectOptions } from '@/lib/content/options'

const ukDateTime = {
  date: {
    pickerAppearance: 'dayAndTime' as const,
    displayFormat: 'd MMM yyyy, HH:mm',
    timeFormat: 'HH:mm',
    timeIntervals: 15,
  },
}

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Event', plural: 'Events' },
  ...publicContent('events'),
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'attendanceMode', 'eventStatus', '_status'],
    description: 'Talks, workshops and other events. Times are entered and shown in UK time.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, maxLength: 500 },
    { name: 'body', type: 'richText' },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', label: 'Starts', type: 'date', required: true, timezone: true, admin: ukDateTime },
        {
          name: 'endsAt',
          label: 'Ends',
          type: 'date',
          required: true,
          timezone: true,
          admin: ukDateTime,
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: Record<string, unknown> },
          ) => {
            if (!value || !siblingData.startsAt) return true
            return new Date(value) >= new Date(siblingData.startsAt as string) || 'The end must be after the start.'
          },
        },
      ],
    },
    { name: 'allDay', type: 'checkbox', defaultValue: false, admin: { description: 'Show dates without times.' } },
    {
      type: 'row',
      fields: [
        {
          name: 'attendanceMode',
          type: 'select',
          required: true,
          defaultValue: 'in-person',
          options: selectOptions(attendanceModes),
        },
        {
          name: 'eventStatus',
          label: 'Status',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          options: selectOptions(eventStatuses),
        },
      ],
    },
    {
      name: 'venue',
      type: 'group',
      admin: { condition: (data) => data.attendanceMode !== 'online' },
      fields: [
        { name: 'name', type: 'text', maxLength: 160 },
        { name: 'address', type: 'textarea', maxLength: 400 },
      ],
    },
    {
      name: 'onlineUrl',
      label: 'Online joining link',
      type: 'text',
      maxLength: 500,
      validate: validateHttpsUrl,
      admin: { condition: (data) => data.attendanceMode !== 'in-person' },
    },
    { name: 'registrationUrl', label: 'Registration link', type: 'text', maxLength: 500, validate: validateHttpsUrl },
    {
      name: 'organisers',
      type: 'relationship',
      relationTo: ['members', 'organisations'],
      hasMany: true,
    },
    {
      name: 'speakers',
      type: 'array',
      maxRows: 20,
      admin: { description: 'A network member, or a guest by name.' },
      fields: [
        { name: 'member', type: 'relationship', relationTo: 'members' },
        {
          name: 'name',
          label: 'Guest name',
          type: 'text',
          maxLength: 120,
          admin: { condition: (_, sibling) => !sibling?.member },
        },
        { name: 'affiliation', type: 'text', maxLength: 160, admin: { condition: (_, sibling) => !sibling?.member } },
      ],
    },
    {
      name: 'materials',
      type: 'array',
      maxRows: 20,
      admin: { description: 'Slides, recordings and reports, usually added after the event.' },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: selectOptions(eventMaterialKinds),
        },
        { name: 'label', type: 'text', required: true, maxLength: 160 },
        { name: 'document', type: 'upload', relationTo: 'documents' },
        { name: 'url', type: 'text', maxLength: 500, validate: validateHttpsUrl },
      ],
    },
    themesField(),
    searchKeywordsField(),
    updatedByField(),
  ],
}
