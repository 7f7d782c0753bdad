import { describe, expect, it } from 'vitest'

import { commentsCloseAt, commentsOpen } from '@/lib/comments/openness'
import { commentSchema } from '@/lib/comments/schema'
import { blocklistMatch, contentSpamReason, countLinks } from '@/lib/comments/spamRules'

const DAY = 24 * 60 * 60 * 1000
const publishedAt = '2026-11-01T09:00:00.000Z'
const published = Date.parse(publishedAt)

describe('when comments close', () => {
  it('closes the site-wide number of days after the post’s date', () => {
    expect(commentsCloseAt({ publishedAt }, 30)?.toISOString()).toBe(new Date(published + 30 * DAY).toISOString())
    expect(commentsOpen({ publishedAt }, 30, published + 29 * DAY)).toBe(true)
    expect(commentsOpen({ publishedAt }, 30, published + 30 * DAY)).toBe(false)
  })

  it('a post’s own number of days wins; 0 keeps them open', () => {
    expect(commentsOpen({ publishedAt, comments: { closeAfterDays: 5 } }, 30, published + 6 * DAY)).toBe(false)
    expect(commentsOpen({ publishedAt, comments: { closeAfterDays: 0 } }, 30, published + 900 * DAY)).toBe(true)
    expect(commentsOpen({ publishedAt }, 0, published + 900 * DAY)).toBe(true)
    expect(commentsCloseAt({ publishedAt }, 0)).toBeNull()
  })

  it('comments closed by hand stay closed', () => {
    expect(commentsOpen({ publishedAt, comments: { open: false } }, 30, published)).toBe(false)
  })
})

describe('the team’s spam rules', () => {
  it('counts addresses with a scheme or starting with www.', () => {
    expect(countLinks('see https://a.example, http://b.example and www.c.example')).toBe(3)
    expect(countLinks('email me at someone@example.org or visit example.org')).toBe(0)
  })

  it('matches blocked words and phrases whole, in any case and spacing', () => {
    expect(blocklistMatch('Best CASINO in town', 'casino')).toBe('casino')
    expect(blocklistMatch('payday\n  loan offers', 'Payday Loan')).toBe('payday loan')
    expect(blocklistMatch('The occasion was lovely', 'casino\nocca')).toBeNull()
    expect(blocklistMatch('anything', '\n\n')).toBeNull()
    expect(blocklistMatch('a (special) word', '(special)')).toBe('(special)')
  })

  it('names the rule a comment broke', () => {
    const rules = { maxLinks: 1, blocklist: 'casino' }
    expect(contentSpamReason({ name: 'A', body: 'https://a.example https://b.example' }, rules)).toBe('links')
    expect(contentSpamReason({ name: 'Casino King', body: 'Hello' }, rules)).toBe('blocklist')
    expect(contentSpamReason({ name: 'A', body: 'One link: https://a.example' }, rules)).toBeNull()
  })
})

describe('comment validation', () => {
  it('keeps line breaks, removes control characters and refuses what is too long', () => {
    const parsed = commentSchema.safeParse({
      name: ' Robin\u0000 Reader ',
      email: 'robin@example.net',
      body: 'First line\r\nSecond line\u0007',
      guidelines: 'yes',
    })
    expect(parsed.success && parsed.data).toMatchObject({ name: 'Robin Reader', body: 'First line\nSecond line' })
    expect(
      commentSchema.safeParse({ name: 'A', email: 'a@example.net', body: 'x'.repeat(2001), guidelines: 'yes' }).success,
    ).toBe(false)
  })
})
