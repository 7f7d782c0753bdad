import type { Metadata } from 'next'

import { EventsListing, eventsListingMetadata } from '@/components/listings/EventsListing'
import type { ListingQuery } from '@/lib/listing/params'

/** A query string is no cache key: rendered per request (the data comes from the cache). */
export const dynamic = 'force-dynamic'

interface Props {
  searchParams: Promise<ListingQuery>
}

/** `/events?…`: filtered or later pages, rendered per request from cached data (server/pageVariants.mjs). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return eventsListingMetadata(await searchParams)
}

export default async function FilteredEventsPage({ searchParams }: Props) {
  return <EventsListing query={await searchParams} />
}
