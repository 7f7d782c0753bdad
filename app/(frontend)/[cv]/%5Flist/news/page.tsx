import type { Metadata } from 'next'

import type { ListingQuery } from '@/lib/listing/params'
import { PostListing, postListingMetadata } from '@/components/posts/PostListing'

/** A query string is no cache key: rendered per request (the data comes from the cache). */
export const dynamic = 'force-dynamic'

interface Props {
  searchParams: Promise<ListingQuery>
}

/** `/news?…`: filtered or later pages, rendered per request from cached data (server/pageVariants.mjs). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return postListingMetadata('news', await searchParams)
}

export default async function FilteredNewsPage({ searchParams }: Props) {
  return <PostListing kind={'news'} query={await searchParams} />
}
