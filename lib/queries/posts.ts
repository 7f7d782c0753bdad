import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'
import { cache } from 'react'

import { cacheTags } from '@/lib/cache/tags'
import type { PostKind } from '@/lib/content/options'
import type { FeedPost } from '@/lib/feed/buildPostsFeed'
import { type ListingPage, toPage } from '@/lib/listing/page'
import { getPayloadClient } from '@/lib/payload'
import { getThemeOptions } from '@/lib/queries/themes'
import type { Media, Member, Post, Theme } from '@/payload-types'

export type { PostKind }
export type PostTheme = Pick<Theme, 'id' | 'name' | 'slug'>
export type PostImage = Pick<Media, 'alt' | 'decorative' | 'url' | 'width' | 'height' | 'sizes'>
export type PostAuthor = Pick<Member, 'id' | 'name' | 'slug'>

/** A post as a listing shows it: the hero image is populated with only what a thumbnail needs. */
export type PostSummary = Pick<Post, 'id' | 'kind' | 'title' | 'slug' | 'excerpt' | 'publishedAt'> & {
  heroImage?: number | PostImage | null
}

export interface PostQuery {
  /** Omit for news and blogs together. */
  kind?: PostKind | null
  themeId?: number | null
  /** 1-based. */
  page?: number
}

export interface PostPage extends ListingPage<PostSummary> {
  perPage: number
}

export const POSTS_PER_PAGE = 10
/** Feed readers only need the recent past; older posts stay on the paginated listings. */
const FEED_SIZE = 50
/** Far more than any real listing has; it bounds the work an absurd `?page=` can ask for. */
const MAX_PAGE = 100_000

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
  return { ...toPage<PostSummary>(result, page), perPage: POSTS_PER_PAGE }
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

export interface PostListing {
  kind: PostKind | null
  result: PostPage
  theme: PostTheme | null
  themes: PostTheme[]
}

/**
 * A listing page's content; a theme no post list knows is ignored. Deduplicated per request, so
 * `generateMetadata` and the page share one query.
 */
export const getPostListing = cache(
  async (kind: PostKind | null, page: number, themeSlug: string | null): Promise<PostListing> => {
    const themes = await getThemeOptions()
    const theme = themes.find((option) => option.slug === themeSlug) ?? null
    const result = await getPostPage({ kind, themeId: theme?.id ?? null, page })
    return { kind, result, theme, themes }
  },
)
