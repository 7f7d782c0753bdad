import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, TaskConfig } from 'payload'

import { extractPdfText, type PdfTextLimits } from './pdfText'

export const EXTRACT_TEXT_TASK = 'extractDocumentText'

/**
 * Caps for one PDF: uploads are limited well below 50 MB; 300,000 characters is a 150-page report
 * and stays inside PostgreSQL's text search limits; 20 seconds of the queue at most per file.
 */
export const PDF_TEXT_LIMITS: PdfTextLimits = { maxBytes: 50 * 1024 * 1024, maxChars: 300_000, maxMillis: 20_000 }

/**
 * Reads an uploaded PDF's text layer and stores it with the document, which re-indexes the
 * reports that attach it (collections/Documents). A file that has gone from disk is `failed`.
 */
export async function extractDocumentText(payload: Payload, documentId: number, limits = PDF_TEXT_LIMITS) {
  const document = await payload.findByID({
    collection: 'documents',
    id: documentId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!document?.filename) return { textLayer: 'missing', characters: 0 }
  const staticDir = payload.collections.documents.config.upload.staticDir ?? ''
  // A file missing from disk (a restored database without its files) reads as `failed`.
  const bytes = await readFile(path.join(staticDir, path.basename(document.filename))).catch(() => null)
  const result = bytes
    ? await extractPdfText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits)
    : { textLayer: 'failed' as const, text: '' }
  await payload.update({
    collection: 'documents',
    id: documentId,
    data: { textLayer: result.textLayer, extractedText: result.text || null },
    depth: 0,
    overrideAccess: true,
    context: { fromTextExtraction: true, disableRevalidate: true },
  })
  return { textLayer: result.textLayer, characters: result.text.length }
}

export const extractDocumentTextTask: TaskConfig<typeof EXTRACT_TEXT_TASK> = {
  slug: EXTRACT_TEXT_TASK,
  label: 'Read the text of an uploaded PDF for the site search',
  inputSchema: [{ name: 'documentId', type: 'number', required: true }],
  outputSchema: [
    { name: 'textLayer', type: 'text', required: true },
    { name: 'characters', type: 'number', required: true },
  ],
  retries: 1,
  handler: async ({ input, req }) => ({ output: await extractDocumentText(req.payload, input.documentId) }),
}
