// @vitest-environment jsdom
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { buildPostsFeed, type FeedPost } from '@/lib/feed/buildPostsFeed'

const site = {
  siteUrl: 'https://osprn.example.org',
  siteName: 'Oxford Social Prescribing Research Network',
  tagline: 'Evidence & practice <together>',
}

const hostileTitle = 'Café <script>alert("x")</script> & <b>bold</b> ]]> \'quoted\' ]]> end'

/** Given out of date order on purpose: the feed must sort them. */
const posts: FeedPost[] = [
  {
    id: 1,
    kind: 'news',
    title: 'The network launches',
    slug: 'the-network-launches',
    excerpt: 'A new network at the University of Oxford.',
    publishedAt: '2025-01-20T12:00:00.000Z',
    updatedAt: '2025-01-21T09:30:00.000Z',
    createdAt: '2025-01-19T08:00:00.000Z',
    authors: [],
    themes: [],
  },
  {
    id: 3,
    kind: 'blog',
    title: hostileTitle,
    slug: 'cafe-script',
    excerpt: 'An excerpt with <img src=x onerror=alert(1)> inside & more.',
    // Back-dated: saved in July, dated in June (British Summer Time on both).
    publishedAt: '2025-06-30T23:30:00.000Z',
    updatedAt: '2025-07-02T10:00:00.000Z',
    createdAt: '2025-07-01T10:00:00.000Z',
    authors: [{ id: 7, name: 'Ada <b>Lovelace</b> & "co"', slug: 'ada-lovelace' }, 99],
    themes: [{ id: 4, name: 'Arts <i>culture</i> & "heritage"', slug: 'arts-culture-and-heritage' }, 12],
  },
  {
    id: 2,
    kind: 'news',
    title: 'Bell\u0007 character in a title',
    slug: 'bell-character',
    excerpt: 'Control\u0000 characters are dropped.',
    publishedAt: '2025-03-10T12:00:00.000Z',
    // Published later than last saved (a scheduled date): updated is never before published.
    updatedAt: '2025-03-01T12:00:00.000Z',
    createdAt: '2025-03-01T11:00:00.000Z',
    authors: [{ id: 8, name: 'Lucy Shaw', slug: 'lucy-shaw' }],
    themes: [{ id: 5, name: 'Loneliness and isolation', slug: 'loneliness-and-isolation' }],
  },
]

const arrays = new Set(['entry', 'link', 'author', 'category'])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => arrays.has(name),
})

interface TextNode {
  '#text': string
  '@_type'?: string
}
interface LinkNode {
  '@_href': string
  '@_rel'?: string
}
interface Entry {
  id: string
  title: TextNode
  summary: TextNode
  link: LinkNode[]
  updated: string
  published: string
  author?: { name: string; uri?: string }[]
  category: { '@_term': string }[]
}
interface AtomFeed {
  feed: { id: string; title: string; updated: string; link: LinkNode[]; author: { name: string }[]; entry: Entry[] }
}

function parse(xml: string): AtomFeed['feed'] {
  expect(XMLValidator.validate(xml)).toBe(true)
  return (parser.parse(xml) as AtomFeed).feed
}

/** What a feed reader shows for a `type="html"` text: parsed as HTML, the way a browser would. */
function asHtml(value: string) {
  const body = new DOMParser().parseFromString(value, 'text/html').body
  return { elements: body.querySelectorAll('*').length, text: body.textContent }
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

describe('posts feed', () => {
  const xml = buildPostsFeed(posts, site)
  const feed = parse(xml)
  const entries = feed.entry

  it('is well-formed Atom with the network as feed author and self and alternate links', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    expect(feed.id).toBe('https://osprn.example.org/feed.xml')
    expect(feed.title).toBe('Oxford Social Prescribing Research Network: news and blogs')
    expect(feed.author.map((author) => author.name)).toEqual(['Oxford Social Prescribing Research Network'])
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { '@_rel': 'alternate', '@_href': 'https://osprn.example.org/news-and-views' },
        { '@_rel': 'self', '@_href': 'https://osprn.example.org/feed.xml' },
      ]),
    )
  })

  it('lists the entries newest first, each linked absolutely over https at its kind’s address', () => {
    expect(entries.map((entry) => entry.link[0]?.['@_href'])).toEqual([
      'https://osprn.example.org/blog/cafe-script',
      'https://osprn.example.org/news/bell-character',
      'https://osprn.example.org/news/the-network-launches',
    ])
    const hrefs = [...xml.matchAll(/href="([^"]*)"|<uri>([^<]*)<\/uri>/g)].map((match) => match[1] ?? match[2])
    // 2 feed links, the feed author, 3 entry links, 2 entry authors.
    expect(hrefs).toHaveLength(8)
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/osprn\.example\.org\//)
  })

  it('gives every entry a permanent id that does not depend on its address', () => {
    expect(entries.map((entry) => entry.id)).toEqual([
      'tag:osprn.example.org,2025-07-01:posts/3',
      'tag:osprn.example.org,2025-03-01:posts/2',
      'tag:osprn.example.org,2025-01-19:posts/1',
    ])
  })

  it('writes RFC 3339 dates: published as dated, updated never before published, feed updated = latest', () => {
    for (const entry of entries) {
      expect(entry.published).toMatch(rfc3339)
      expect(entry.updated).toMatch(rfc3339)
    }
    expect(entries.map((entry) => entry.published)).toEqual([
      '2025-06-30T23:30:00.000Z',
      '2025-03-10T12:00:00.000Z',
      '2025-01-20T12:00:00.000Z',
    ])
    expect(entries.map((entry) => entry.updated)).toEqual([
      '2025-07-02T10:00:00.000Z',
      '2025-03-10T12:00:00.000Z',
      '2025-01-21T09:30:00.000Z',
    ])
    expect(feed.updated).toBe('2025-07-02T10:00:00.000Z')
  })

  it('never lets a title or summary become markup in a feed reader', () => {
    expect(xml).not.toMatch(/<(script|b|i|img)\b/i)
    const hostile = entries[0]
    expect(hostile?.title['@_type']).toBe('html')
    const title = asHtml(hostile?.title['#text'] ?? '')
    expect(title).toEqual({ elements: 0, text: hostileTitle })
    const summary = asHtml(hostile?.summary['#text'] ?? '')
    expect(summary).toEqual({ elements: 0, text: 'An excerpt with <img src=x onerror=alert(1)> inside & more.' })
  })

  it('drops characters XML cannot carry', () => {
    expect(asHtml(entries[1]?.title['#text'] ?? '').text).toBe('Bell character in a title')
    expect(asHtml(entries[1]?.summary['#text'] ?? '').text).toBe('Control characters are dropped.')
  })

  it('names published authors with links to their profiles, and only them', () => {
    expect(entries[0]?.author).toEqual([
      { name: 'Ada <b>Lovelace</b> & "co"', uri: 'https://osprn.example.org/members/ada-lovelace' },
    ])
    expect(entries[1]?.author).toEqual([{ name: 'Lucy Shaw', uri: 'https://osprn.example.org/members/lucy-shaw' }])
    // No named author: the feed's author (the network) applies.
    expect(entries[2]?.author).toBeUndefined()
  })

  it('categorises entries by kind and theme', () => {
    expect(entries.map((entry) => entry.category.map((category) => category['@_term']))).toEqual([
      ['Blog', 'Arts ‹i>culture‹/i> & "heritage"'],
      ['News', 'Loneliness and isolation'],
      ['News'],
    ])
  })

  it('is a valid, empty feed when nothing is published', () => {
    const empty = parse(buildPostsFeed([], site))
    expect(empty.entry).toBeUndefined()
    expect(empty.updated).toMatch(rfc3339)
  })
})
