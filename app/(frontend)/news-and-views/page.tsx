import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PostListingView, postListingMetadata } from '@/components/content/PostArticle'
import { getPostListing, parseListingParams } from '@/lib/queries/posts'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** News & Views: news items and blog posts together, newest first, optionally on one theme. An unknown theme or page is a 404. */
async function load({ searchParams }: Props) {
  const params = parseListingParams(await searchParams)
  return params ? getPostListing(null, params.page, params.theme) : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const listing = await load(props)
  return listing ? postListingMetadata(listing) : {}
}

export default async function NewsAndViewsPage(props: Props) {
  const listing = await load(props)
  if (!listing) notFound()
  return <PostListingView listing={listing} />
}
