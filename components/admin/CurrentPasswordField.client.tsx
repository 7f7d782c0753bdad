'use client'

import { PasswordField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * "Current password" on a person's own account, shown once they start typing a new password in
 * the change-password fields above it (collections/Users/hooks/requireCurrentPassword.ts).
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const changingPassword = useFormFields(([fields]) => Boolean(fields.password?.value))
  if (!changingPassword) return null
  return (
    <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} />
  )
}
