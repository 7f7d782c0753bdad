import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { EXTRACT_TEXT_TASK } from '@/lib/search/extractDocumentText'

interface DocumentFile {
  id: number
  filename?: string | null
  textLayer?: string | null
  extractedText?: string | null
}

/**
 * Only the extraction job writes what it found. A new file has not been read yet, so its old text
 * no longer applies; any other save keeps the stored values, whatever a client sends.
 */
export const resetTextOnNewFile: CollectionBeforeChangeHook<DocumentFile> = ({ data, req, operation, context }) => {
  if (context.fromTextExtraction) return data
  if (operation === 'create' || req.file) return { ...data, textLayer: 'pending', extractedText: null }
  // Left out of the update, the stored values stay as they are.
  const { textLayer: _textLayer, extractedText: _extractedText, ...rest } = data
  return rest
}

/**
 * Reading a PDF can take seconds, so it happens in the jobs queue, not in the upload request.
 * The job is queued in the upload's transaction: it exists exactly when the file does.
 */
export const queueTextExtraction: CollectionAfterChangeHook<DocumentFile> = async ({ doc, req, context }) => {
  if (doc.textLayer === 'pending' && !context.skipTextExtraction) {
    await req.payload.jobs.queue({ task: EXTRACT_TEXT_TASK, input: { documentId: doc.id }, req })
  }
  return doc
}
