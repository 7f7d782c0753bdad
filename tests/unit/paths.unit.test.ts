import { describe, expect, it } from 'vitest'

import { previewUrl } from '@/cms/livePreview'
import { absoluteUrl, isRoutedCollection, publicPath, routedCollections } from '@/lib/paths'

describe('absolute addresses', () => {
  it('puts a public path on the site address, with or without a trailing slash on it', () => {
    expect(absoluteUrl('/members/ada', 'https://osprn.example.org')).toBe('https://osprn.example.org/members/ada')
    expect(absoluteUrl('/members/ada', 'https://osprn.example.org/')).toBe('https://osprn.example.org/members/ada')
    expect(absoluteUrl('/', 'http://localhost:3000')).toBe('http://localhost:3000/')
  })

  it('leaves an address on another host as it is', () => {
    expect(absoluteUrl('https://cdn.example.net/a.pdf', 'https://osprn.example.org')).toBe(
      'https://cdn.example.net/a.pdf',
    )
  })

  it('builds the same address as a public path for every routed collection', () => {
    const doc = { slug: 'a-slug', kind: 'blog' }
    expect(
      routedCollections.map((collection) => absoluteUrl(publicPath(collection, doc) ?? '', 'https://x.org')),
    ).toEqual([
      'https://x.org/a-slug',
      'https://x.org/projects/a-slug',
      'https://x.org/events/a-slug',
      'https://x.org/reports/a-slug',
      'https://x.org/blog/a-slug',
      'https://x.org/members/a-slug',
    ])
  })
})

describe('routed collections', () => {
  it('tells a collection with pages from one without', () => {
    expect(isRoutedCollection('events')).toBe(true)
    expect(isRoutedCollection('media')).toBe(false)
  })

  it('gives a preview address only to documents of a routed collection', () => {
    expect(previewUrl('https://x.org', 'reports', { slug: 'r' })).toBe('https://x.org/next/preview?path=%2Freports%2Fr')
    expect(previewUrl('https://x.org', 'media', { slug: 'r' })).toBeNull()
  })
})
