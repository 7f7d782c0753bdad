import type { Metadata } from 'next'

import { ReportsListing, reportsListingMetadata } from '@/components/listings/ReportsListing'
import type { ListingQuery } from '@/lib/listing/params'

/** A query string is no cache key: rendered per request (the data comes from the cache). */
export const dynamic = 'force-dynamic'

interface Props {
  searchParams: Promise<ListingQuery>
}

/** `/reports?…`: filtered or later pages, rendered per request from cached data (server/pageVariants.mjs). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return reportsListingMetadata(await searchParams)
}

export default async function FilteredReportsPage({ searchParams }: Props) {
  return <ReportsListing query={await searchParams} />
}
