import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin, signedIn } from '@/cms/access'
import { canChangeUnusedUpload } from '@/cms/access/uploads'
import { missingUploadNotFound } from '@/cms/hooks/missingUploadNotFound'
import { reindexDocumentReports } from '@/cms/hooks/searchIndex'
import { revalidateContentAfterChange, revalidateContentAfterDelete } from '@/cms/hooks/revalidateContent'
import { selectOptions, textLayerStates } from '@/lib/content/options'
import { serverEnv } from '@/lib/env'

import { queueTextExtraction, resetTextOnNewFile } from './hooks/queueTextExtraction'

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
    beforeChange: [resetTextOnNewFile],
    afterChange: [revalidateContentAfterChange('documents'), queueTextExtraction, reindexDocumentReports],
    afterDelete: [revalidateContentAfterDelete('documents')],
  },
  upload: {
    staticDir: uploadDir,
    handlers: [missingUploadNotFound(uploadDir)],
    mimeTypes: ['application/pdf'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    {
      name: 'textLayer',
      label: 'Text for search and screen readers',
      type: 'select',
      options: selectOptions(textLayerStates),
      access: { read: ({ req }) => Boolean(req.user) },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Checked after each upload. A PDF without a text layer needs an accessible version.',
      },
    },
    // The PDF's words, for the search index only: never sent by the API, read by the indexer.
    { name: 'extractedText', type: 'textarea', hidden: true },
  ],
}
