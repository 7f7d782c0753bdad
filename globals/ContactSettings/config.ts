import type { FieldAccess, GlobalConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/cms/access'
import { hasRole } from '@/cms/access/roles'
import { revalidateGlobalAfterChange } from '@/cms/hooks/revalidateContent'

/** The delivery address and retention periods are for the team, not for the contact page. */
const teamOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const ContactSettings: GlobalConfig = {
  slug: 'contact-settings',
  label: 'Contact settings',
  admin: {
    group: 'Settings',
    description:
      'The contact form: who receives messages for the team, what visitors are told, and how long messages are kept.',
  },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [revalidateGlobalAfterChange('contact-settings')] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'teamName',
          type: 'text',
          required: true,
          defaultValue: 'Communications team',
          maxLength: 80,
          admin: { description: 'How the team appears in the list of recipients.' },
        },
        {
          name: 'teamEmail',
          type: 'email',
          required: true,
          access: { read: teamOnly },
          admin: { description: 'Where messages to the team are delivered. Never shown on the site.' },
        },
      ],
    },
    {
      name: 'introduction',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'Shown above the form.' },
    },
    {
      name: 'whatHappensNext',
      type: 'textarea',
      required: true,
      maxLength: 600,
      defaultValue:
        'Your message is passed on by email. The person you chose replies from their own address, so they will see yours.',
      admin: { description: 'Shown above the form and on the confirmation page.' },
    },
    {
      name: 'replyTime',
      type: 'text',
      required: true,
      maxLength: 200,
      defaultValue: 'The communications team usually replies within five working days.',
    },
    {
      name: 'privacyNotice',
      type: 'relationship',
      relationTo: 'pages',
      admin: { description: 'The page visitors confirm they have read before sending a message.' },
    },
    {
      name: 'acknowledgementsEnabled',
      label: 'Offer an acknowledgement email',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        description:
          'Visitors can ask for a short email confirming that their message was passed on. It never repeats the message.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'retentionDays',
          label: 'Keep messages for (days)',
          type: 'number',
          required: true,
          defaultValue: 365,
          min: 30,
          max: 3650,
          access: { read: teamOnly },
          admin: { description: 'Messages older than this are deleted every night, as the privacy notice says.' },
        },
        {
          name: 'spamRetentionDays',
          label: 'Keep held spam for (days)',
          type: 'number',
          required: true,
          defaultValue: 30,
          min: 1,
          max: 365,
          access: { read: teamOnly },
        },
      ],
    },
  ],
}
