import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf } from '@/cms/access'
import { roleLabels, roles } from '@/cms/access/roles'
import { secureSessionCookie } from '@/lib/env'

import { blockHttpSelfRegistration } from './hooks/blockHttpSelfRegistration'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { equaliseSignInTiming } from './hooks/equaliseSignInTiming'
import { CURRENT_PASSWORD_FIELD, requireCurrentPassword } from './hooks/requireCurrentPassword'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    group: 'Administration',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    description: 'People who can sign in to this admin panel. Only administrators can add or change users.',
  },
  auth: {
    // No lockout per account: anyone could lock anyone out with five wrong passwords. Sign-in is
    // limited per client address and per address and account instead (lib/auth/throttleSignIn.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: secureSessionCookie(),
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [blockHttpSelfRegistration, requireCurrentPassword, enforcePasswordPolicy, equaliseSignInTiming],
  },
  fields: [
    {
      name: CURRENT_PASSWORD_FIELD,
      type: 'text',
      virtual: true,
      label: 'Current password',
      access: { read: () => false },
      admin: {
        // Only on a person's own account; the field shows itself once a new password is typed.
        condition: (data, _siblingData, { user }) =>
          Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
        components: { Field: '@/components/admin/CurrentPasswordField.client#CurrentPasswordField' },
        disableBulkEdit: true,
        disableListColumn: true,
        disableListFilter: true,
      },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      saveToJWT: true,
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: {
        description:
          'Administrators manage users and settings. Editors create and publish content. Contributors write drafts for an editor to publish.',
      },
    },
    {
      // Payload's list of the account's sign-ins (ids and expiry times). It still checks them on every
      // request (with access overridden); no API answer needs to show them, so none does.
      name: 'sessions',
      type: 'array',
      access: { read: () => false, update: () => false },
      admin: { disabled: true },
      fields: [],
    },
  ],
}
