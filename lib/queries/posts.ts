import 'server-only'

import { Feed } from 'feed'
import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'
import { cache } from 'react'
import { z } from 'zod'

import { cacheTags } from '@/lib/cache/tags'
import { getThemeOptions } from '@/lib/queries/themes'
import { getPayloadClient } from '@/lib/payload'
import { publicPath } from '@/lib/paths'
import type { Media, Member, Post, Theme } from '@/payload-types'

export type PostKind = Post['kind']
export type PostTheme = Pick<Theme, 'id' | 'name' | 'slug'>
export type PostImage = Pick<Media, 'alt' | 'decorative' | 'url' | 'width' | 'height' | 'sizes'>
export type PostAuthor = Pick<Member, 'id' | 'name' | 'slug'>

/** A post as a listing shows it: the hero image is populated with only what a thumbnail needs. */
export type PostSummary = Pick<Post, 'id' | 'kind' | 'title' | 'slug' | 'excerpt' | 'publishedAt'> & {
  heroImage?: number | PostImage | null
}

/** A post as the feed shows it. Unpublished authors and themes stay bare ids and are left out. */
export type FeedPost = Pick<
  Post,
  'id' | 'kind' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'updatedAt' | 'createdAt'
> & {
  authors?: (number | PostAuthor)[] | null
  themes?: (number | PostTheme)[] | null
}

export interface PostQuery {
  /** Omit for news and blogs together. */
  kind?: PostKind | null
  themeId?: number | null
  /** 1-based. */
  page?: number
}

export interface PostPage {
  posts: PostSummary[]
  totalDocs: number
  page: number
  totalPages: number
  perPage: number
}

export const POSTS_PER_PAGE = 10
/** Feed readers only need the recent past; older posts stay on the paginated listings. */
const FEED_SIZE = 50
/** Far more than any real listing has; it bounds the work an absurd `?page=` can ask for. */
const MAX_PAGE = 100_000

export const POSTS_FEED = {
  path: '/feed.xml',
  type: 'application/atom+xml',
  title: 'News and blogs (Atom feed)',
} as const

function publishedPosts({ kind, themeId }: PostQuery): Where {
  const and: Where[] = [{ _status: { equals: 'published' } }]
  if (kind) and.push({ kind: { equals: kind } })
  if (themeId !== null && themeId !== undefined) and.push({ themes: { in: [themeId] } })
  return { and }
}

const clampPage = (page: number | undefined) => Math.min(Math.max(Math.trunc(page ?? 1) || 1, 1), MAX_PAGE)

/** Newest first; the id breaks ties so that a post never appears on two pages. */
const newestFirst = ['-publishedAt', '-id']

/** One page of published posts, newest first. Takes the Payload instance so tests can call it directly. */
export async function findPostPage(payload: Payload, query: PostQuery): Promise<PostPage> {
  const page = clampPage(query.page)
  const result = await payload.find({
    collection: 'posts',
    where: publishedPosts(query),
    select: { kind: true, title: true, slug: true, excerpt: true, publishedAt: true, heroImage: true },
    // `filename` is not rendered, but Payload builds `url` from it.
    populate: {
      media: {
        alt: true,
        decorative: true,
        url: true,
        filename: true,
        width: true,
        height: true,
        sizes: { thumbnail: true },
      },
    },
    sort: newestFirst,
    depth: 1,
    limit: POSTS_PER_PAGE,
    page,
    overrideAccess: false,
  })
  return {
    posts: result.docs as PostSummary[],
    totalDocs: result.totalDocs,
    page,
    totalPages: result.totalPages,
    perPage: POSTS_PER_PAGE,
  }
}

/** The newest published posts of both kinds, with author names and themes, for the feed. */
export async function findFeedPosts(payload: Payload, limit = FEED_SIZE): Promise<FeedPost[]> {
  const result = await payload.find({
    collection: 'posts',
    where: publishedPosts({}),
    select: {
      kind: true,
      title: true,
      slug: true,
      excerpt: true,
      publishedAt: true,
      updatedAt: true,
      createdAt: true,
      authors: true,
      themes: true,
    },
    populate: { members: { name: true, slug: true }, themes: { name: true, slug: true } },
    sort: newestFirst,
    depth: 1,
    limit,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs as FeedPost[]
}

export function getPostPage(query: PostQuery): Promise<PostPage> {
  const normalised = { kind: query.kind ?? null, themeId: query.themeId ?? null, page: clampPage(query.page) }
  return unstable_cache(
    async () => findPostPage(await getPayloadClient(), normalised),
    ['posts-page', String(normalised.kind), String(normalised.themeId), String(normalised.page)],
    { tags: [cacheTags.collection('posts'), cacheTags.collection('media')] },
  )()
}

export const getFeedPosts = unstable_cache(async () => findFeedPosts(await getPayloadClient()), ['posts-feed'], {
  tags: [cacheTags.collection('posts'), cacheTags.collection('members'), cacheTags.collection('themes')],
})

/** What a listing address asks for. `null` when a value is present but not valid: the page is a 404. */
export interface ListingParams {
  page: number
  theme: string | null
}

const listingParamsSchema = z.object({
  page: z.union([z.literal(''), z.string().regex(/^[1-9]\d{0,5}$/)]).optional(),
  theme: z.string().max(120).optional(),
})

export function parseListingParams(searchParams: Record<string, string | string[] | undefined>): ListingParams | null {
  const parsed = listingParamsSchema.safeParse(searchParams)
  if (!parsed.success) return null
  const { page, theme } = parsed.data
  return { page: page ? Number(page) : 1, theme: theme?.trim() || null }
}

export interface PostListing {
  kind: PostKind | null
  result: PostPage
  theme: PostTheme | null
  themes: PostTheme[]
}

/**
 * A listing page's content, or `null` for an address that shows nothing (an unknown theme, a page
 * past the last). Deduplicated per request, so `generateMetadata` and the page share one query.
 */
export const getPostListing = cache(
  async (kind: PostKind | null, page: number, themeSlug: string | null): Promise<PostListing | null> => {
    const themes = await getThemeOptions()
    const theme = themeSlug ? (themes.find((option) => option.slug === themeSlug) ?? null) : null
    if (themeSlug && !theme) return null
    const result = await getPostPage({ kind, themeId: theme?.id ?? null, page })
    // Past the last page Payload reports no documents at all, so "empty beyond page 1" is the test.
    if (result.page > 1 && result.posts.length === 0) return null
    return { kind, result, theme, themes }
  },
)

export interface FeedSite {
  /** Absolute, without a trailing slash (as `serverEnv().SITE_URL`). */
  siteUrl: string
  siteName: string
  tagline?: string | null
}

/**
 * The Atom feed of news and blog posts, newest first, with absolute links.
 *
 * The `feed` library writes titles and summaries as `type="html"` in CDATA and only escapes `&` in
 * attributes, so text from the CMS is HTML-escaped here (a title is never markup), characters XML
 * cannot carry are dropped, and `<` is kept out of category attributes.
 */
export function buildPostsFeed(posts: FeedPost[], site: FeedSite): string {
  const base = site.siteUrl.replace(/\/+$/, '')
  const entries = [...posts].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || Number(b.id) - Number(a.id),
  )
  const updated = entries.reduce<Date | null>((latest, post) => {
    const date = entryUpdated(post)
    return !latest || date > latest ? date : latest
  }, null)
  const feed = new Feed({
    id: `${base}${POSTS_FEED.path}`,
    title: xmlText(`${site.siteName}: news and blogs`),
    description: site.tagline ? xmlText(site.tagline) : undefined,
    link: `${base}/news-and-views`,
    feedLinks: { atom: `${base}${POSTS_FEED.path}` },
    // Atom requires an author for every entry: the network stands in for posts without named authors.
    author: { name: xmlText(site.siteName), link: `${base}/` },
    updated: updated ?? new Date(),
    generator: false,
  })
  const host = new URL(base).hostname
  for (const post of entries) {
    const path = publicPath('posts', post)
    if (!path) continue
    const authors = (post.authors ?? []).filter((author): author is PostAuthor => typeof author === 'object')
    const themes = (post.themes ?? []).filter((theme): theme is PostTheme => typeof theme === 'object')
    const kindLabel = post.kind === 'blog' ? 'Blog' : 'News'
    feed.addItem({
      // A tag URI stays the same when the slug or the kind (and so the address) changes.
      id: `tag:${host},${post.createdAt.slice(0, 10)}:posts/${post.id}`,
      link: `${base}${path}`,
      title: escapeHtml(xmlText(post.title)),
      description: escapeHtml(xmlText(post.excerpt)),
      date: entryUpdated(post),
      published: new Date(post.publishedAt),
      author: authors.map((author) => {
        const profile = publicPath('members', author)
        return { name: xmlText(author.name ?? author.slug), link: profile ? `${base}${profile}` : undefined }
      }),
      category: [kindLabel, ...themes.map((theme) => theme.name)].map((name) => ({ term: attributeText(name) })),
    })
  }
  return feed.atom1()
}

/** Atom's `updated` is the last significant change: a back-dated post was still changed when it was saved. */
function entryUpdated(post: FeedPost): Date {
  return new Date(Math.max(Date.parse(post.updatedAt), Date.parse(post.publishedAt)))
}

/** Drops characters XML 1.0 cannot contain (most control characters, lone surrogates). */
function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
}

/** For attribute values, where the library escapes `&` and `"` but not `<`. */
function attributeText(text: string): string {
  return xmlText(text).replace(/</g, '‹')
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character)
}
