import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdminField } from '@/cms/access'
import { commentLimits } from '@/lib/comments/fields'
import { commentSpamReasons, commentStatuses } from '@/lib/comments/statuses'

import { canModerate, moderatorsOnly, readComments } from './access'
import { moderate } from './endpoints/moderate'
import { recordModeration } from './hooks/recordModeration'
import { afterCommentChange, afterCommentDelete } from './hooks/afterCommentChange'

/** What the commenter sent and what the system recorded: never changed by hand. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
const recorded = (description?: string) => ({ readOnly: true, ...(description ? { description } : {}) })

/**
 * Readers' comments on news and blog posts. Every comment is held until a moderator approves it;
 * only approved ones appear on the post's page. Created only by the comment form's server code.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: 'Comment', plural: 'Comments' },
  admin: {
    group: 'Inbox',
    useAsTitle: 'authorName',
    defaultColumns: ['authorName', 'body', 'post', 'status', 'createdAt'],
    listSearchableFields: ['authorName', 'body'],
    description:
      'Readers’ comments. Nothing appears on the site until it is approved. Open one to redact its text or reply as the network; tick several to approve, reject or mark them as spam together. Pending, rejected and spam comments are deleted automatically after the period in Comment settings.',
    components: { beforeListTable: ['@/components/admin/CommentModeration.client#CommentModeration'] },
  },
  access: { read: readComments, create: () => false, update: canModerate, delete: canModerate },
  defaultSort: '-createdAt',
  endpoints: [moderate],
  hooks: {
    beforeChange: [recordModeration],
    afterChange: [afterCommentChange],
    afterDelete: [afterCommentDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: commentStatuses.map(({ value, label }) => ({ value, label })),
          access: { create: () => false, update: moderatorsOnly },
        },
        {
          name: 'spamReason',
          label: 'Why spam',
          type: 'select',
          options: commentSpamReasons.map(({ value, label }) => ({ value, label })),
          access: systemOnly,
          admin: { ...recorded(), condition: (data) => Boolean(data?.spamReason) },
        },
      ],
    },
    {
      name: 'post',
      type: 'relationship',
      relationTo: 'posts',
      required: true,
      index: true,
      access: systemOnly,
      admin: recorded(),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'authorName',
          label: 'Name',
          type: 'text',
          required: true,
          maxLength: commentLimits.name,
          access: systemOnly,
          admin: recorded(),
        },
        {
          name: 'authorEmail',
          label: 'Email (never published)',
          type: 'email',
          required: true,
          // Administrators only: editors moderate without seeing who wrote (the server still
          // writes to the address for the notices the commenter asked for).
          access: { ...systemOnly, read: isAdminField },
          admin: recorded(),
        },
      ],
    },
    {
      name: 'body',
      label: 'Comment',
      type: 'textarea',
      required: true,
      maxLength: commentLimits.body,
      admin: { description: 'Edit only to redact (personal details, abuse); the change is recorded below.' },
    },
    {
      name: 'editNote',
      label: 'Why it was edited',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Seen only in this admin panel, e.g. “Removed a phone number”.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'editedBy', type: 'relationship', relationTo: 'users', access: systemOnly, admin: recorded() },
        { name: 'editedAt', type: 'date', access: systemOnly, admin: recorded() },
      ],
    },
    {
      name: 'reply',
      label: 'Reply from the network',
      type: 'textarea',
      maxLength: commentLimits.reply,
      admin: { description: 'Shown under the comment once it is approved, signed by the network.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'repliedBy', type: 'relationship', relationTo: 'users', access: systemOnly, admin: recorded() },
        { name: 'repliedAt', type: 'date', access: systemOnly, admin: recorded() },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'moderatedBy', type: 'relationship', relationTo: 'users', access: systemOnly, admin: recorded() },
        { name: 'moderatedAt', type: 'date', access: systemOnly, admin: recorded() },
      ],
    },
    {
      type: 'collapsible',
      label: 'Notifications',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'notifyCommenter',
          label: 'Commenter asked to be emailed when it is approved or answered',
          type: 'checkbox',
          defaultValue: false,
          access: systemOnly,
          admin: recorded(),
        },
        { name: 'approvalNoticeSentAt', type: 'date', access: systemOnly, admin: recorded() },
        { name: 'replyNoticeSentAt', type: 'date', access: systemOnly, admin: recorded() },
        {
          name: 'moderatorsNotifiedAt',
          type: 'date',
          index: true,
          access: systemOnly,
          admin: recorded('When the moderators’ email listed this comment.'),
        },
        {
          name: 'guidelinesAgreedAt',
          type: 'date',
          required: true,
          access: systemOnly,
          admin: recorded('When the commenter agreed to the comment guidelines.'),
        },
      ],
    },
  ],
}
