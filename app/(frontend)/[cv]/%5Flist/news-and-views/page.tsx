import type { Metadata } from 'next'

import type { ListingQuery } from '@/lib/listing/params'
import { PostListing, postListingMetadata } from '@/components/posts/PostListing'

/** A query string is no cache key: rendered per request (the data comes from the cache). */
export const dynamic = 'force-dynamic'

interface Props {
  searchParams: Promise<ListingQuery>
}

/** `/news-and-views?…`: filtered or later pages, rendered per request from cached data (server/pageVariants.mjs). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return postListingMetadata(null, await searchParams)
}

export default async function FilteredNewsAndViewsPage({ searchParams }: Props) {
  return <PostListing kind={null} query={await searchParams} />
}
