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

/** Visitors read published documents only; anyone signed in to the admin reads drafts too. */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}

/**
 * Create and update for versioned content. Editors and admins may do anything; contributors may
 * write drafts but never publish. Payload asks this with `data._status: 'published'` both when a
 * document is published and when the admin panel decides whether to show the Publish button.
 */
export const canWriteContent: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'contributor')) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}

/** Editors and admins delete anything; contributors only documents that are not published. */
export const canDeleteContent: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'contributor')) return false
  return { _status: { not_equals: 'published' } }
}
