import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConverter,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import { safeHref } from '@/lib/validation/linkUrl'

/**
 * Typed-in link addresses are rendered only when safe (http(s), mailto, tel, paths and anchors of this
 * site): a javascript: or data: address saved before the rule (cms/editor.ts) keeps its text, unlinked.
 */
function guardedLink<Node extends SerializedLinkNode | SerializedAutoLinkNode>(
  fallback: JSXConverter<Node> | undefined,
): JSXConverter<Node> {
  return function GuardedLink(args) {
    const { node, nodesToJSX } = args
    const internal = 'linkType' in node.fields && node.fields.linkType === 'internal'
    if (internal || safeHref(node.fields.url)) return typeof fallback === 'function' ? fallback(args) : null
    return <>{nodesToJSX({ nodes: node.children })}</>
  }
}

/**
 * List items as valid HTML: Payload's converter gives every `<li>` a `value` (allowed only in
 * `<ol>`) and an empty `class`. Checklists keep Payload's own markup.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: guardedLink(defaultConverters.link as JSXConverter<SerializedLinkNode> | undefined),
  autolink: guardedLink(defaultConverters.autolink as JSXConverter<SerializedAutoLinkNode> | undefined),
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
