import { getDocumentProxy } from 'unpdf'

/** What the text extraction found in a PDF; editors see it beside the file. */
export type TextLayer = 'pending' | 'found' | 'none' | 'failed' | 'too-large'

export interface PdfTextLimits {
  /** Files larger than this are not read at all. */
  maxBytes: number
  /** Reading stops (keeping what was read) after this many characters... */
  maxChars: number
  /** ...or after this long. */
  maxMillis: number
}

export interface PdfText {
  textLayer: Exclude<TextLayer, 'pending'>
  text: string
  pages: number
}

/**
 * A page of a scanned PDF has no text at all, or a few characters of stray marks. Fewer than this
 * many letters or digits per page on average means there is no usable text layer.
 */
const MIN_CHARS_PER_PAGE = 20

/** The index keeps plain words only; these code points mark highlights in snippets. */
const SENTINELS = /[\uE000-\uE003]/g

/**
 * Reads the text layer of a PDF page by page with PDF.js (through unpdf), stopping at the
 * character and time caps: a huge or hostile file costs at most `maxMillis` of the jobs queue.
 * A file PDF.js cannot open is `failed`, never an exception.
 */
export async function extractPdfText(bytes: Uint8Array, limits: PdfTextLimits): Promise<PdfText> {
  if (bytes.byteLength > limits.maxBytes) return { textLayer: 'too-large', text: '', pages: 0 }
  const deadline = Date.now() + limits.maxMillis
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined
  try {
    pdf = await getDocumentProxy(bytes, { stopAtErrors: false })
    const parts: string[] = []
    let length = 0
    let pagesRead = 0
    for (let number = 1; number <= pdf.numPages; number++) {
      if (length >= limits.maxChars || Date.now() > deadline) break
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(SENTINELS, '')
        .replace(/[ \t]+/g, ' ')
        .trim()
      page.cleanup()
      parts.push(text)
      length += text.length + 2
      pagesRead++
    }
    const text = parts.join('\n\n').slice(0, limits.maxChars)
    const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length
    const hasText = pagesRead > 0 && letters / pagesRead >= MIN_CHARS_PER_PAGE
    return { textLayer: hasText ? 'found' : 'none', text: hasText ? text : '', pages: pdf.numPages }
  } catch {
    // Not a PDF PDF.js can read (damaged, encrypted with a password, not a PDF at all).
    return { textLayer: 'failed', text: '', pages: 0 }
  } finally {
    // Frees PDF.js's parsed objects; a failure to free changes nothing for the result.
    await pdf?.loadingTask.destroy().catch(() => undefined)
  }
}
