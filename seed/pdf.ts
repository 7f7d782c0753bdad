/**
 * A one-page PDF written by hand: catalog, page tree, one A4 page whose content stream sets text in
 * the standard Helvetica fonts (no embedding needed), an information dictionary, and a
 * cross-reference table with the byte offset of every object (PDF 1.4, ISO 32000-1 section 7.5).
 */
export interface PdfContent {
  title: string
  /** Shown under the title in bold, e.g. "Fictional demo document". */
  subtitle?: string
  paragraphs: string[]
}

export class PdfLayoutError extends Error {
  constructor(title: string, lines: number) {
    super(`The demo PDF "${title}" needs ${lines} lines, more than fit on its single page.`)
    this.name = 'PdfLayoutError'
  }
}

const PAGE_WIDTH = 595
const PAGE_HEIGHT = 842
const MARGIN = 72
// Helvetica at 11 pt averages about 5.5 pt a character: 80 characters fill the text width.
const LINE_CHARACTERS = 80

/** Standard 14 fonts are set in WinAnsi: keep to printable ASCII, spelling out the rest. */
function toAscii(value: string): string {
  return value
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/£/g, 'GBP ')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
}

const escapeText = (value: string) => value.replace(/[\\()]/g, (char) => `\\${char}`)

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

interface Line {
  text: string
  font: 'F1' | 'F2'
  size: number
  /** Distance from the previous line's baseline. */
  advance: number
}

function layout(content: PdfContent): Line[] {
  const lines: Line[] = wrap(toAscii(content.title), 45).map((text, index) => ({
    text,
    font: 'F2',
    size: 18,
    advance: index === 0 ? 0 : 22,
  }))
  if (content.subtitle) lines.push({ text: toAscii(content.subtitle), font: 'F2', size: 12, advance: 26 })
  content.paragraphs.forEach((paragraph) => {
    wrap(toAscii(paragraph), LINE_CHARACTERS).forEach((text, index) => {
      lines.push({ text, font: 'F1', size: 11, advance: index === 0 ? 24 : 15 })
    })
  })
  return lines
}

function contentStream(content: PdfContent): string {
  const lines = layout(content)
  let y = PAGE_HEIGHT - MARGIN
  const operations = lines.map((line) => {
    y -= line.advance
    return `BT /${line.font} ${line.size} Tf ${MARGIN} ${y} Td (${escapeText(line.text)}) Tj ET`
  })
  if (y < MARGIN) throw new PdfLayoutError(content.title, lines.length)
  return operations.join('\n')
}

export function buildPdf(content: PdfContent): Buffer {
  const stream = contentStream(content)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${escapeText(toAscii(content.title))}) /Subject (${escapeText(toAscii(content.subtitle ?? ''))}) >>`,
  ]

  // The comment of four bytes above 127 tells transfer tools the file is binary.
  let output = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(output, 'latin1'))
    output += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xrefOffset = Buffer.byteLength(output, 'latin1')
  // Every cross-reference entry is exactly 20 bytes, ending in space + newline.
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  output += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`
  output += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n`
  output += `startxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.from(output, 'latin1')
}
