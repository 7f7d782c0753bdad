import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildPostsFeed } from '@/lib/feed/buildPostsFeed'
import { findFeedPosts, findPostPage, POSTS_PER_PAGE, type PostQuery, type PostSummary } from '@/lib/queries/posts'
import type { Post } from '@/payload-types'
import { seedDemoContent } from '@/seed'
import { posts as seededPosts } from '@/seed/data/posts'

import { asSystem } from '../helpers/accessFixtures'
import { getTestPayload } from '../helpers/payload'
import { findThemeOptions } from '@/lib/queries/themes'

let payload: Payload
const tag = randomBytes(3).toString('hex')
const created: { collection: CollectionSlug; id: number }[] = []
let themeId: number

/** Seeded titles of each kind, newest first (seed/data/posts.ts dates them relative to now). */
const seeded = (kind?: Post['kind']) =>
  seededPosts(new Date())
    .filter((post) => !kind || post.kind === kind)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .map((post) => post.title)
const seededTitles = new Set(seeded())

/** Text that exists only in drafts or unpublished documents: it must never reach a listing or the feed. */
const secrets = {
  draftOnly: `Secret never-published post ${tag}`,
  newerDraft: `Secret newer draft title ${tag}`,
  unpublished: `Secret unpublished post ${tag}`,
  draftAuthor: `Secretauthor${tag}`,
}
const republishedTitle = `Published title with a newer draft ${tag}`

/** Every page of a listing, in order, checking that pages hold at most POSTS_PER_PAGE posts. */
async function allPages(query: PostQuery): Promise<PostSummary[]> {
  const first = await findPostPage(payload, { ...query, page: 1 })
  const posts = [...first.docs]
  for (let page = 2; page <= first.totalPages; page++) {
    const next = await findPostPage(payload, { ...query, page })
    expect(next.docs.length).toBeLessThanOrEqual(POSTS_PER_PAGE)
    posts.push(...next.docs)
  }
  expect(posts).toHaveLength(first.totalDocs)
  return posts
}

const isNewestFirst = (posts: { publishedAt: string }[]) =>
  posts.every((post, index) => index === 0 || Date.parse(posts[index - 1]!.publishedAt) >= Date.parse(post.publishedAt))

const testPost = (title: string, day: number, kind: Post['kind'] = 'news') => ({
  title,
  slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  kind,
  excerpt: `Excerpt of ${title}.`,
  publishedAt: `2020-01-${String(day).padStart(2, '0')}T12:00:00.000Z`,
  themes: [themeId],
})

async function create<S extends 'posts' | 'members' | 'themes'>(collection: S, data: Record<string, unknown>) {
  const doc = await payload.create({ collection, data: data as never, ...asSystem })
  created.push({ collection, id: Number(doc.id) })
  return doc
}

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemoContent(payload, { withUsers: false, ifEmpty: true })

  const theme = await create('themes', { name: `Posts test theme ${tag}`, slug: `posts-test-theme-${tag}` })
  themeId = theme.id
  const draftAuthor = await create('members', {
    givenName: 'Draft',
    familyName: secrets.draftAuthor,
    slug: `draft-author-${tag}`,
    networkRole: 'member',
    _status: 'draft',
  })

  // Twelve published posts on the test theme, one a day: 8 news items and 4 blog posts.
  for (let day = 1; day <= 12; day++) {
    const kind = day % 3 === 0 ? 'blog' : 'news'
    await create('posts', {
      ...testPost(`Theme post ${day} ${tag}`, day, kind),
      authors: day === 12 ? [draftAuthor.id] : [],
      _status: 'published',
    })
  }
  // Published, then edited as a draft: the published title is shown, never the draft's.
  const republished = await create('posts', { ...testPost(republishedTitle, 13), _status: 'published' })
  await payload.update({
    collection: 'posts',
    id: republished.id,
    draft: true,
    data: { title: secrets.newerDraft },
    ...asSystem,
  })
  // Published, then unpublished; and never published. Both newer than every other test post.
  const unpublished = await create('posts', { ...testPost(secrets.unpublished, 14), _status: 'published' })
  await payload.update({ collection: 'posts', id: unpublished.id, data: { _status: 'draft' }, ...asSystem })
  await create('posts', { ...testPost(secrets.draftOnly, 15, 'blog'), _status: 'draft' })
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, where: { id: { equals: id } }, ...asSystem })
  }
})

const expectNoSecrets = (text: string) => {
  for (const secret of Object.values(secrets)) expect(text).not.toContain(secret)
}

describe('post listings', () => {
  it('news lists only published news items, newest first, the seeded ones in date order', async () => {
    const posts = await allPages({ kind: 'news' })
    expect(posts.every((post) => post.kind === 'news')).toBe(true)
    expect(posts.map((post) => post.title).filter((title) => seededTitles.has(title))).toEqual(seeded('news'))
    expect(isNewestFirst(posts)).toBe(true)
    expectNoSecrets(JSON.stringify(posts))
  })

  it('blog lists only published blog posts, newest first', async () => {
    const posts = await allPages({ kind: 'blog' })
    expect(posts.every((post) => post.kind === 'blog')).toBe(true)
    expect(posts.map((post) => post.title).filter((title) => seededTitles.has(title))).toEqual(seeded('blog'))
    expect(isNewestFirst(posts)).toBe(true)
    expectNoSecrets(JSON.stringify(posts))
  })

  it('news and views lists both kinds together, newest first, each post once', async () => {
    const posts = await allPages({})
    expect(posts.map((post) => post.title).filter((title) => seededTitles.has(title))).toEqual(seeded())
    expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length)
    expect(new Set(posts.map((post) => post.kind))).toEqual(new Set(['news', 'blog']))
    expect(isNewestFirst(posts)).toBe(true)
    expectNoSecrets(JSON.stringify(posts))
  })

  it('carries what a card needs: excerpt and a populated hero image', async () => {
    const { docs: posts } = await findPostPage(payload, { kind: 'news' })
    const interim = posts.find((post) => post.slug === 'interim-findings-from-the-loneliness-study')
    expect(interim?.excerpt).toMatch(/^The first year of our study/)
    expect(interim?.heroImage).toMatchObject({
      url: expect.stringMatching(/\/api\/media\/file\//),
      width: expect.any(Number),
    })
  })

  it('filters by theme and paginates ten at a time, without drafts or unpublished posts', async () => {
    const first = await findPostPage(payload, { themeId, page: 1 })
    expect(first).toMatchObject({ totalDocs: 13, totalPages: 2, page: 1, perPage: 10 })
    expect(first.docs.map((post) => post.title)).toEqual([
      republishedTitle,
      ...[12, 11, 10, 9, 8, 7, 6, 5, 4].map((day) => `Theme post ${day} ${tag}`),
    ])
    const second = await findPostPage(payload, { themeId, page: 2 })
    expect(second.docs.map((post) => post.title)).toEqual([3, 2, 1].map((day) => `Theme post ${day} ${tag}`))
    expectNoSecrets(JSON.stringify([first, second]))
  })

  it('combines the theme with the kind', async () => {
    const blog = await findPostPage(payload, { kind: 'blog', themeId })
    expect(blog.docs.map((post) => post.title)).toEqual([12, 9, 6, 3].map((day) => `Theme post ${day} ${tag}`))
    const news = await findPostPage(payload, { kind: 'news', themeId })
    expect(news.totalDocs).toBe(9)
  })

  it('answers a page past the last with no posts', async () => {
    // The listing pages answer this with the 404 page (isPastLastPage).
    const past = await findPostPage(payload, { themeId, page: 3 })
    expect(past.docs).toEqual([])
    expect(past.page).toBe(3)
  })

  it('offers every theme for the filter', async () => {
    const themes = await findThemeOptions(payload)
    expect(themes.map((theme) => theme.slug)).toEqual(
      expect.arrayContaining(['loneliness-and-isolation', 'evaluation-methods', `posts-test-theme-${tag}`]),
    )
  })
})

describe('posts feed', () => {
  it('holds the published posts of both kinds, newest first, with published authors and themes only', async () => {
    const posts = await findFeedPosts(payload)
    expect(posts.map((post) => post.title).filter((title) => seededTitles.has(title))).toEqual(seeded())
    expect(isNewestFirst(posts)).toBe(true)
    const counting = posts.find((post) => post.slug === 'counting-what-counts-choosing-outcome-measures')
    expect(counting?.authors).toEqual([
      expect.objectContaining({ name: 'Tomasz Wierzbicki', slug: 'tomasz-wierzbicki' }),
      expect.objectContaining({ name: 'Margaret Lowther', slug: 'margaret-lowther' }),
    ])
    expect(counting?.themes).toEqual([expect.objectContaining({ name: 'Evaluation methods' })])

    const xml = buildPostsFeed(posts, { siteUrl: 'https://osprn.example.org', siteName: 'OSPRN' })
    for (const title of seeded()) expect(xml).toContain(title.replace(/&/g, '&amp;'))
    expect(xml).toContain('https://osprn.example.org/news/the-oxford-social-prescribing-research-network-launches')
    expect(xml).toContain('https://osprn.example.org/blog/objects-that-start-conversations')
    expect(xml).toContain(republishedTitle)
    // The post by a draft member is in the feed, its author is not.
    expect(xml).toContain(`Theme post 12 ${tag}`)
    expectNoSecrets(xml)
  })
})
