// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { CommentList } from '@/components/comments/CommentList'

import { commentListExamples as examples } from '../../fixtures/components/commentList'
import { axeViolations } from '../../helpers/axeJsdom'

afterEach(cleanup)

function renderExample(name: keyof typeof examples) {
  return render(
    <main>
      <CommentList {...examples[name].props} />
    </main>,
  )
}

describe('CommentList examples', () => {
  it('no comments: says there are none yet', () => {
    renderExample('no comments')
    expect(screen.getByText('No comments yet.')).toBeTruthy()
    expect(screen.queryByRole('list')).toBeNull()
  })

  it('comments with a reply: a list of articles, the reply under its comment, the redaction noted', () => {
    renderExample('comments with a reply')
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)
    const [first, second] = items as [HTMLElement, HTMLElement]
    expect(first.id).toBe('comment-1')
    const article = within(first).getByRole('article', { name: /Priya Reader/ })
    expect(within(article).getByText('2 November 2026').getAttribute('datetime')).toBe('2026-11-02T10:00:00.000Z')
    expect(within(article).getByText(/First line\.\s+Second line\./).textContent).toBe('First line.\nSecond line.')
    const reply = within(article).getByRole('complementary', {
      name: 'Reply from Oxford Social Prescribing Research Network',
    })
    expect(within(reply).getByText('Thank you for this.')).toBeTruthy()
    expect(within(second).getByText('Edited by the moderators.')).toBeTruthy()
    expect(within(second).queryByRole('complementary')).toBeNull()
  })

  it('markup and links in a comment: shown as text', () => {
    const { container } = renderExample('markup and links in a comment')
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText('<script>alert(1)</script> see https://example.org')).toBeTruthy()
  })

  it.each(Object.keys(examples) as (keyof typeof examples)[])('%s: no axe violations', async (name) => {
    const { container } = renderExample(name)
    expect(await axeViolations(container)).toEqual([])
  })
})
