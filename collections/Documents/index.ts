import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin, signedIn } from '@/cms/access'
import { canChangeUnusedUpload } from '@/cms/access/uploads'
import { missingUploadNotFound } from '@/cms/hooks/missingUploadNotFound'
import { revalidateContentAfterChange, revalidateContentAfterDelete } from '@/cms/hooks/revalidateContent'
import { serverEnv } from '@/lib/env'

const uploadDir = path.resolve(serverEnv().DATA_DIR, 'documents')

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Document', plural: 'Documents' },
  admin: {
    group: 'Media',
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
    description: 'PDF files: reports, slides and other downloads. Only PDF is accepted.',
  },
  // Contributors upload for their drafts; what published content shows, only editors change or remove.
  access: { read: anyone, create: signedIn, update: canChangeUnusedUpload('documents'), delete: isEditorOrAdmin },
  hooks: {
    afterChange: [revalidateContentAfterChange('documents')],
    afterDelete: [revalidateContentAfterDelete('documents')],
  },
  upload: {
    staticDir: uploadDir,
    handlers: [missingUploadNotFound(uploadDir)],
    mimeTypes: ['application/pdf'],
  },
  fields: [{ name: 'title', type: 'text', required: true, maxLength: 300 }],
}
