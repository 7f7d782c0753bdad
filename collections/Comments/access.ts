import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/cms/access/roles'

/** Editors and administrators moderate; contributors write content but never see comments. */
export const canModerate: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const moderatorsOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/**
 * Visitors see approved comments through the site's pages only: the server reads them with the
 * Local API as an anonymous visitor. Over the REST API an anonymous request gets nothing at all,
 * so no approved-comment feed can be scraped apart from the pages, and nothing else ever leaks.
 */
export const readComments: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user && req.payloadAPI === 'local') return { status: { equals: 'approved' } }
  return false
}
