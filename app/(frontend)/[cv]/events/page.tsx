import { EventsListing, eventsListingMetadata } from '@/components/listings/EventsListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/events. */
export const revalidate = 60

export const generateMetadata = () => eventsListingMetadata({})

export default function EventsPage() {
  return <EventsListing query={{}} />
}
