// @vitest-environment jsdom
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { RichText } from '@/components/cms/RichText'

afterEach(cleanup)

const base = { version: 1, direction: 'ltr', format: '', indent: 0 }
const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

/** One paragraph holding one link (or autolink) node, as Payload stores it. */
function withLink(url: string, type: 'link' | 'autolink' = 'link'): SerializedEditorState {
  const link = { ...base, type, children: [text('Read more')], fields: { linkType: 'custom', url, newTab: false } }
  const paragraph = { ...base, type: 'paragraph', children: [text('Before. '), link] }
  return { root: { ...base, type: 'root', children: [paragraph] } } as unknown as SerializedEditorState
}

describe('rich-text links', () => {
  it.each(['https://example.org/report', 'mailto:team@osprn.example', '/about', '#methods'])(
    'renders %s as a link',
    (url) => {
      const { container } = render(<RichText data={withLink(url)} />)
      expect(container.querySelector('a')?.getAttribute('href')).toBe(url)
    },
  )

  it.each([
    ['link', 'javascript:alert(document.domain)'],
    ['link', 'data:text/html,<script>alert(1)</script>'],
    ['link', 'JAVA\tSCRIPT:alert(1)'],
    ['autolink', 'javascript:alert(1)'],
    ['link', '//evil.example'],
  ] as const)('renders the text of a %s to %j without a link', (type, url) => {
    const { container } = render(<RichText data={withLink(url, type)} />)
    expect(container.querySelector('a')).toBeNull()
    expect(container.textContent).toContain('Before. Read more')
  })
})
