import { ProjectsListing, projectsListingMetadata } from '@/components/listings/ProjectsListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/projects. */
export const generateMetadata = () => projectsListingMetadata({})

export default function ProjectsPage() {
  return <ProjectsListing query={{}} />
}
