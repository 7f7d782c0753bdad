import type { Project } from '@/payload-types'

type RichTextValue = NonNullable<Project['body']>

/** Minimal builders for Lexical rich text, so demo content reads like prose in the seed files. */
type Block = { heading: string; level?: 2 | 3 } | { paragraph: string } | { list: string[] }

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
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

export function richText(...blocks: Block[]): RichTextValue {
  const children = blocks.map((block) => {
    if ('heading' in block) return element('heading', [text(block.heading)], { tag: `h${block.level ?? 2}` })
    if ('list' in block) {
      return element(
        'list',
        block.list.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
        { listType: 'bullet', start: 1, tag: 'ul' },
      )
    }
    return element('paragraph', [text(block.paragraph)], { textFormat: 0, textStyle: '' })
  })
  return { root: element('root', children) } as unknown as RichTextValue
}
