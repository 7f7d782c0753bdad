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
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

// Helvetica's advance widths for printable ASCII (32 to 126), in thousandths of the font size,
// from Adobe's font metrics. Helvetica-Bold is about a tenth wider.
// prettier-ignore
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
  722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
  278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
const BOLD_FACTOR = 1.1

/** F1 is Helvetica, F2 Helvetica-Bold. */
type Font = 'F1' | 'F2'

function textWidth(text: string, font: Font, size: number): number {
  let units = 0
  for (const char of text) units += HELVETICA[char.charCodeAt(0) - 32] ?? 1000
  return (units / 1000) * size * (font === 'F2' ? BOLD_FACTOR : 1)
}

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

function wrap(text: string, font: Font, size: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && textWidth(`${line} ${word}`, font, size) > TEXT_WIDTH) {
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
  font: Font
  size: number
  /** Distance from the previous line's baseline. */
  advance: number
}

function layout(content: PdfContent): Line[] {
  const lines: Line[] = wrap(toAscii(content.title), 'F2', 18).map((text, index) => ({
    text,
    font: 'F2',
    size: 18,
    advance: index === 0 ? 0 : 22,
  }))
  if (content.subtitle) lines.push({ text: toAscii(content.subtitle), font: 'F2', size: 12, advance: 26 })
  content.paragraphs.forEach((paragraph) => {
    wrap(toAscii(paragraph), 'F1', 11).forEach((text, index) => {
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
