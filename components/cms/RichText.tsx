import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

/**
 * List items as valid HTML: Payload's converter gives every `<li>` a `value` (allowed only in
 * `<ol>`) and an empty `class`. Checklists keep Payload's own markup.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  listitem: (args) => {
    const { node, nodesToJSX, parent } = args
    if ('listType' in parent && parent.listType === 'check') {
      const fallback = defaultConverters.listitem
      return typeof fallback === 'function' ? fallback(args) : null
    }
    const nested = node.children.some((child) => child.type === 'list')
    const ordered = 'tag' in parent && parent.tag === 'ol'
    return (
      <li className={nested ? 'nestedListItem' : undefined} value={ordered ? node.value : undefined}>
        {nodesToJSX({ nodes: node.children })}
      </li>
    )
  },
})

/** Rich text from the CMS rendered as React elements: no raw HTML is ever injected. */
export function RichText({ data }: { data: SerializedEditorState | null | undefined }) {
  if (!data) return null
  return <LexicalRichText className="prose" data={data} converters={converters} />
}
