import { createHash } from 'node:crypto'

import type { Project } from '@/payload-types'

export type RichTextValue = NonNullable<Project['body']>

/**
 * Minimal builders for Lexical rich text, so demo content reads like prose in the fixture files.
 * Inline text is a string, or a list of strings, bold/italic runs and links (a site path such as
 * "/about" or a full https address).
 */
export type Inline = string | { bold: string } | { italic: string } | { link: string; href: string }
export type Text = string | Inline[]

export type Block =
  { heading: string; level?: 2 | 3 } | { paragraph: Text } | { list: Text[]; ordered?: boolean } | { quote: string }

// Lexical's text format is a bit mask.
const BOLD = 1
const ITALIC = 2

const textNode = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
})

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

/** Link nodes carry an id; derived from the address so that seeding twice writes the same JSON. */
const linkId = (href: string, label: string) => createHash('sha1').update(`${href} ${label}`).digest('hex').slice(0, 24)

function inline(part: Inline) {
  if (typeof part === 'string') return textNode(part)
  if ('bold' in part) return textNode(part.bold, BOLD)
  if ('italic' in part) return textNode(part.italic, ITALIC)
  return {
    ...element('link', [textNode(part.link)]),
    version: 3,
    id: linkId(part.href, part.link),
    fields: { linkType: 'custom', url: part.href, newTab: false },
  }
}

const inlines = (value: Text) => (typeof value === 'string' ? [textNode(value)] : value.map(inline))

function block(value: Block) {
  if ('heading' in value) return element('heading', inlines(value.heading), { tag: `h${value.level ?? 2}` })
  if ('quote' in value) return element('quote', inlines(value.quote))
  if ('list' in value) {
    const ordered = value.ordered ?? false
    return element(
      'list',
      value.list.map((item, index) => element('listitem', inlines(item), { value: index + 1 })),
      { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
    )
  }
  return element('paragraph', inlines(value.paragraph), { textFormat: 0, textStyle: '' })
}

export function richText(...blocks: Block[]): RichTextValue {
  return { root: element('root', blocks.map(block)) } as unknown as RichTextValue
}

/** The closing line of every fictional item, so nobody mistakes demo content for the network's work. */
export const demoNote = (what: string): Block => ({
  paragraph: [{ italic: `This ${what} is fictional demo content.` }],
})
