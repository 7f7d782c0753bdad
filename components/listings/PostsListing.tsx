import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PostListingView, postListingMetadata } from '@/components/content/PostArticle'
import { getPostListing, parseListingParams, type PostKind } from '@/lib/queries/posts'

import type { ListingQuery } from './listingQuery'

/** Published posts of one kind (or both), newest first, optionally on one theme. An unknown theme or page is a 404. */
async function load(kind: PostKind | null, query: ListingQuery) {
  const params = parseListingParams(query)
  return params ? getPostListing(kind, params.page, params.theme) : null
}

export async function postsListingMetadata(kind: PostKind | null, query: ListingQuery): Promise<Metadata> {
  const listing = await load(kind, query)
  return listing ? postListingMetadata(listing) : {}
}

/** The news, blog or news-and-views listing: its first page (cached) or a filtered or later page. */
export async function PostsListing({ kind, query }: { kind: PostKind | null; query: ListingQuery }) {
  const listing = await load(kind, query)
  if (!listing) notFound()
  return <PostListingView listing={listing} />
}
