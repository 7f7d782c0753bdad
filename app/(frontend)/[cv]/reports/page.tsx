import { ReportsListing, reportsListingMetadata } from '@/components/listings/ReportsListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/reports. */
export const generateMetadata = () => reportsListingMetadata({})

export default function ReportsPage() {
  return <ReportsListing query={{}} />
}
