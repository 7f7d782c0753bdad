/**
 * Plain text of rich text (Lexical JSON) and of page blocks, for the search index. Block
 * paragraphs become lines, so phrases never run across two paragraphs.
 */

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

const BLOCK_NODES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'tablecell', 'tablerow', 'table'])

/** Marks used for highlighting snippets must never come from content. */
export const stripSentinels = (text: string) => text.replace(/[\uE000-\uE003]/g, '')

function lexicalText(node: LexicalNode, out: string[]): void {
  if (typeof node.text === 'string') out.push(node.text)
  if (node.type === 'linebreak') out.push('\n')
  if (node.type === 'block' && node.fields) out.push(blocksText(node.fields))
  for (const child of node.children ?? []) lexicalText(child, out)
  if (node.type && BLOCK_NODES.has(node.type)) out.push('\n')
}

export function richTextToPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  lexicalText(root, out)
  return stripSentinels(out.join(''))
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim()
}

/** The fields of blocks whose words readers see. Settings (collection names, styles, links) are not text. */
const TEXT_KEYS = new Set([
  'heading',
  'title',
  'text',
  'body',
  'content',
  'intro',
  'quote',
  'attribution',
  'question',
  'answer',
  'caption',
  'label',
  'description',
  'value',
  'richText',
])

/** Text of page blocks (and of blocks inside rich text), in reading order. */
export function blocksText(value: unknown): string {
  const out: string[] = []
  const visit = (node: unknown, key?: string) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, key)
      return
    }
    if (!node || typeof node !== 'object') {
      if (typeof node === 'string' && key && TEXT_KEYS.has(key)) out.push(stripSentinels(node))
      return
    }
    if ('root' in node) {
      out.push(richTextToPlain(node))
      return
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (typeof child === 'string') {
        if (TEXT_KEYS.has(childKey)) out.push(stripSentinels(child))
      } else visit(child, childKey)
    }
  }
  visit(value)
  return out.filter(Boolean).join('\n')
}
