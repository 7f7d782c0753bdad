import type { Access } from 'payload'

import { hasRole } from './roles'
import { type UploadSlug, uploadsInUse } from './uploadsInUse'

/**
 * Images and PDFs have no drafts: a change shows on every page that uses them at once. Editors and
 * administrators change them freely; contributors only while no live content uses them (a fresh
 * upload for their draft, say), so a contributor cannot change a published page by the back door.
 */
export function canChangeUnusedUpload(slug: UploadSlug): Access {
  return async ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!hasRole(req.user, 'contributor')) return false
    const inUse = await uploadsInUse(req, slug)
    return inUse.size === 0 ? true : { id: { not_in: [...inUse] } }
  }
}
