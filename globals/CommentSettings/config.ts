import type { FieldAccess, GlobalConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/cms/access'
import { hasRole } from '@/cms/access/roles'
import { revalidateGlobalAfterChange } from '@/cms/hooks/revalidateContent'

/** The moderators' address, the spam rules and the retention period are for the team, not the site. */
const teamOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const CommentSettings: GlobalConfig = {
  slug: 'comment-settings',
  label: 'Comment settings',
  admin: {
    group: 'Settings',
    description:
      'Readers’ comments on news and blog posts: when they close, what commenters are told, who is told when comments wait, what goes straight to spam and how long held comments are kept.',
  },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [revalidateGlobalAfterChange('comment-settings')] },
  fields: [
    {
      name: 'closeAfterDays',
      label: 'Close comments after (days)',
      type: 'number',
      required: true,
      defaultValue: 30,
      min: 0,
      max: 3650,
      admin: {
        description:
          'Days after a post’s date when its comments close, unless the post sets its own. 0: they stay open until closed by hand.',
      },
    },
    {
      name: 'guidelines',
      label: 'Comment guidelines page',
      type: 'relationship',
      relationTo: 'pages',
      admin: { description: 'Commenters agree to it before sending; linked from the form.' },
    },
    {
      name: 'moderationTime',
      label: 'How long moderation usually takes',
      type: 'text',
      required: true,
      maxLength: 200,
      defaultValue: 'We usually read comments within two working days.',
      admin: { description: 'Shown beside the form and after a comment is sent.' },
    },
    {
      name: 'moderatorEmail',
      label: 'Moderators’ email',
      type: 'email',
      access: { read: teamOnly },
      admin: {
        description:
          'Told when comments wait, in one email for all that arrived since the last (checked every 10 minutes). Empty: the team email in Contact settings.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'maxLinks',
          label: 'Links allowed in a comment',
          type: 'number',
          required: true,
          defaultValue: 2,
          min: 0,
          max: 50,
          access: { read: teamOnly },
          admin: { description: 'A comment with more links goes straight to spam.' },
        },
        {
          name: 'retentionDays',
          label: 'Keep pending, rejected and spam comments for (days)',
          type: 'number',
          required: true,
          defaultValue: 60,
          min: 7,
          max: 730,
          access: { read: teamOnly },
          admin: {
            description:
              'Comments not approved are deleted this long after they were sent, every night, as the privacy notice says.',
          },
        },
      ],
    },
    {
      name: 'blocklist',
      label: 'Blocked words',
      type: 'textarea',
      maxLength: 20000,
      access: { read: teamOnly },
      admin: {
        description:
          'One word or phrase per line, any capitalisation. A comment (or name) containing one goes straight to spam.',
      },
    },
  ],
}
