import { describe, expect, it } from 'vitest'

import { articleJsonLd } from '@/lib/seo/jsonLd/article'
import type { Media, Member, Post, Theme } from '@/payload-types'

const site = { siteUrl: 'https://osprn.example.org', siteName: 'Oxford Social Prescribing Research Network' }

const ana = { id: 7, name: 'Ana Example', slug: 'ana-example' } as Member
const theme = { id: 3, name: 'Evaluation methods', slug: 'evaluation-methods' } as Theme
const image = {
  id: 11,
  url: '/api/media/file/walk.jpg',
  sizes: { og: { url: '/api/media/file/walk-1200x630.jpg' } },
} as Media

/** Named fixtures: one post per case. */
const fixtures = {
  blogPost: {
    id: 1,
    kind: 'blog',
    title: 'Counting what counts',
    slug: 'counting-what-counts',
    excerpt: 'Choosing outcome measures.',
    publishedAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-04T10:30:00.000Z',
    createdAt: '2025-02-28T08:00:00.000Z',
    // 42 is an author the visitor cannot read (unpublished): left out.
    authors: [ana, 42],
    themes: [theme, 5],
    heroImage: image,
    meta: { description: 'How the network chooses outcome measures.' },
  },
  newsWithoutAuthors: {
    id: 2,
    kind: 'news',
    title: 'The network launches',
    slug: 'the-network-launches',
    excerpt: 'A new network at the University of Oxford.',
    // Back-dated: published after its last save.
    publishedAt: '2025-01-20T12:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    createdAt: '2025-01-09T08:00:00.000Z',
    authors: [],
    heroImage: 12,
  },
} satisfies Record<string, Partial<Post>>

const build = (name: keyof typeof fixtures) => articleJsonLd(fixtures[name] as unknown as Post, site)

describe('articleJsonLd', () => {
  it('describes a blog post as a BlogPosting with its readable authors, themes and social image', () => {
    expect(build('blogPost')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Counting what counts',
      description: 'How the network chooses outcome measures.',
      datePublished: '2025-03-01T09:00:00.000Z',
      dateModified: '2025-03-04T10:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Ana Example', url: 'https://osprn.example.org/members/ana-example' }],
      publisher: { '@type': 'Organization', name: site.siteName, url: 'https://osprn.example.org/' },
      image: ['https://osprn.example.org/api/media/file/walk-1200x630.jpg'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://osprn.example.org/blog/counting-what-counts' },
      url: 'https://osprn.example.org/blog/counting-what-counts',
      inLanguage: 'en-GB',
      keywords: ['Evaluation methods'],
      commentCount: 0,
    })
  })

  it('describes news as a NewsArticle; without named authors the network is the author', () => {
    const data = build('newsWithoutAuthors')
    expect(data['@type']).toBe('NewsArticle')
    expect(data).toMatchObject({
      url: 'https://osprn.example.org/news/the-network-launches',
      description: 'A new network at the University of Oxford.',
      author: { '@type': 'Organization', name: site.siteName },
      keywords: [],
    })
    expect(data).not.toHaveProperty('image', expect.anything())
  })

  it('is modified no earlier than it was published', () => {
    expect(build('newsWithoutAuthors')).toMatchObject({ dateModified: '2025-01-20T12:00:00.000Z' })
  })

  it('carries the approved comments it is given, their count and the network’s replies', () => {
    const comments = [
      {
        id: 21,
        authorName: 'Robin Reader',
        body: 'Thank you.\nVery useful.',
        createdAt: '2025-03-02T10:00:00.000Z',
        reply: 'Glad it helped.',
        repliedAt: '2025-03-03T09:00:00.000Z',
        edited: false,
      },
      {
        id: 22,
        authorName: 'Sam Second',
        body: 'A question.',
        createdAt: '2025-03-05T10:00:00.000Z',
        reply: null,
        repliedAt: null,
        edited: true,
      },
    ]
    const data = articleJsonLd(fixtures.blogPost as unknown as Post, site, comments)
    const url = 'https://osprn.example.org/blog/counting-what-counts'
    expect(data).toMatchObject({
      commentCount: 2,
      comment: [
        {
          '@type': 'Comment',
          '@id': `${url}#comment-21`,
          author: { '@type': 'Person', name: 'Robin Reader' },
          dateCreated: '2025-03-02T10:00:00.000Z',
          text: 'Thank you.\nVery useful.',
          comment: [
            {
              '@type': 'Comment',
              author: { '@type': 'Organization', name: site.siteName },
              text: 'Glad it helped.',
            },
          ],
        },
        { '@type': 'Comment', '@id': `${url}#comment-22`, text: 'A question.', comment: undefined },
      ],
    })
  })
})
