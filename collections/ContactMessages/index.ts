import type { CollectionConfig, FieldAccess } from 'payload'

import { isEditorOrAdmin } from '@/cms/access'
import { deliveryStatuses, holdReasons, spamReasons } from '@/lib/contact/statuses'

import { retryDelivery } from './endpoints/retryDelivery'
import { queueDelivery } from './hooks/queueDelivery'

/** What the visitor sent and what the delivery task recorded: never changed by hand. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

const recorded = (description?: string) => ({ readOnly: true, ...(description ? { description } : {}) })

/**
 * Messages sent through the contact form: the communications team's inbox. Stored before any
 * delivery is attempted, so a mail outage loses nothing; the delivery task sends each one once.
 * Never readable by visitors; created only by the contact form's server code.
 */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  labels: { singular: 'Contact message', plural: 'Contact messages' },
  admin: {
    group: 'Inbox',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'senderName', 'recipientName', 'status', 'attempts', 'handled', 'createdAt'],
    listSearchableFields: ['subject', 'senderName', 'senderEmail'],
    description:
      'Messages from the contact form. Failed deliveries can be retried from the message; messages held as spam can be delivered if they are genuine. Messages over a recipient’s or the form’s hourly capacity are held: read them and release the ones to pass on. Old messages are deleted automatically after the retention period in Contact settings.',
  },
  access: {
    read: isEditorOrAdmin,
    create: () => false,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [queueDelivery] },
  endpoints: [retryDelivery],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'queued',
          index: true,
          options: deliveryStatuses.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) })),
          access: systemOnly,
          admin: recorded(),
        },
        {
          // One column for both kinds of holding back: why it is spam, or why it is held.
          name: 'spamReason',
          label: 'Why held',
          type: 'select',
          options: [...spamReasons, ...holdReasons].map(({ value, label }) => ({ value, label })),
          access: systemOnly,
          admin: { ...recorded(), condition: (data) => data?.status === 'spam' || data?.status === 'held' },
        },
        { name: 'attempts', type: 'number', defaultValue: 0, access: systemOnly, admin: recorded() },
      ],
    },
    {
      name: 'retry',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/RetryDelivery.client#RetryDelivery' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'lastAttemptAt', type: 'date', access: systemOnly, admin: recorded() },
        { name: 'sentAt', type: 'date', access: systemOnly, admin: recorded() },
      ],
    },
    { name: 'lastError', type: 'textarea', access: systemOnly, admin: recorded('The mail server’s last answer.') },
    {
      name: 'handled',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Tick once the message has been dealt with.' },
    },
    {
      name: 'notes',
      label: 'Internal notes',
      type: 'textarea',
      maxLength: 2000,
      admin: { position: 'sidebar', description: 'Seen only in this admin panel.' },
    },
    {
      type: 'collapsible',
      label: 'Recipient',
      fields: [
        {
          name: 'recipientKind',
          type: 'select',
          required: true,
          options: [
            { label: 'Communications team', value: 'team' },
            { label: 'Member', value: 'member' },
          ],
          access: systemOnly,
          admin: recorded(),
        },
        { name: 'member', type: 'relationship', relationTo: 'members', access: systemOnly, admin: recorded() },
        { name: 'recipientName', type: 'text', required: true, access: systemOnly, admin: recorded() },
      ],
    },
    {
      type: 'collapsible',
      label: 'Message',
      fields: [
        {
          name: 'senderName',
          label: 'From (name)',
          type: 'text',
          required: true,
          access: systemOnly,
          admin: recorded(),
        },
        {
          name: 'senderEmail',
          label: 'From (email)',
          type: 'email',
          required: true,
          access: systemOnly,
          admin: recorded(),
        },
        { name: 'subject', type: 'text', required: true, access: systemOnly, admin: recorded() },
        { name: 'message', type: 'textarea', required: true, access: systemOnly, admin: recorded() },
        {
          name: 'acknowledgementRequested',
          type: 'checkbox',
          defaultValue: false,
          access: systemOnly,
          admin: recorded('The sender asked for an acknowledgement email.'),
        },
        { name: 'acknowledgementSentAt', type: 'date', access: systemOnly, admin: recorded() },
        {
          name: 'privacyNoticeAcknowledgedAt',
          type: 'date',
          required: true,
          access: systemOnly,
          admin: recorded('When the sender confirmed they had read the privacy notice.'),
        },
      ],
    },
  ],
}
