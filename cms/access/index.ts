import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const anyone: Access = () => true

export const signedIn: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Admins see everyone; other signed-in users see only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
