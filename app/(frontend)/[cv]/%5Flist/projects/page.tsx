import type { Metadata } from 'next'

import { ProjectsListing, projectsListingMetadata } from '@/components/listings/ProjectsListing'
import type { ListingQuery } from '@/lib/listing/params'

/** A query string is no cache key: rendered per request (the data comes from the cache). */
export const dynamic = 'force-dynamic'

interface Props {
  searchParams: Promise<ListingQuery>
}

/** `/projects?…`: filtered or later pages, rendered per request from cached data (server/pageVariants.mjs). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return projectsListingMetadata(await searchParams)
}

export default async function FilteredProjectsPage({ searchParams }: Props) {
  return <ProjectsListing query={await searchParams} />
}
