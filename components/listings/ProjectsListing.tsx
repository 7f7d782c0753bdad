import type { Metadata } from 'next'
import { cache } from 'react'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { FilterForm } from '@/components/listing/FilterForm'
import { FilterSelect, ThemeSelect } from '@/components/listing/FilterSelect'
import { Pagination } from '@/components/listing/Pagination'
import { ResultsCount } from '@/components/listing/ResultsCount'
import { optionLabel, optionValues, type ProjectStatus, projectStatuses } from '@/lib/content/options'
import { listingHref } from '@/lib/listing/href'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { isPastLastPage } from '@/lib/listing/page'
import { enumParam, listingParams, type ListingQuery, slugParam } from '@/lib/listing/params'
import { getProjects } from '@/lib/queries/projects'
import { getThemeOptions } from '@/lib/queries/themes'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

import { ProjectCard } from './ProjectCard'
import card from './Card.module.css'
import pageStyles from './ListingPage.module.css'

const BASE = '/projects'

const parseParams = listingParams({ status: enumParam(optionValues(projectStatuses)), theme: slugParam })

/** Shared by the page and its metadata; keyed on primitives so that both really share it. */
const loadListing = cache(async (status: ProjectStatus | null, themeSlug: string | null, page: number) => {
  const themes = await getThemeOptions()
  const theme = themes.find((option) => option.slug === themeSlug) ?? null
  const results = await getProjects({ status, themeId: theme?.id ?? null, page })
  return { status, theme, themes, results }
})

function load(query: ListingQuery) {
  const { status, theme, page } = parseParams(query)
  return loadListing(status, theme, page)
}

type Listing = Awaited<ReturnType<typeof loadListing>>

const href = ({ status, theme }: Listing, page = 1) => listingHref(BASE, { status, theme: theme?.slug, page })

function describe({ status, theme }: Listing): string {
  const what = status ? `${optionLabel(projectStatuses, status)} projects` : 'Projects'
  return theme ? `${what}: ${theme.name}` : what
}

export async function projectsListingMetadata(query: ListingQuery): Promise<Metadata> {
  const listing = await load(query)
  const { page } = listing.results
  if (isPastLastPage(listing.results)) return notFoundMetadata
  const title = page > 1 ? `${describe(listing)} (page ${page})` : describe(listing)
  const description =
    'Past, ongoing and planned research projects of the Oxford Social Prescribing Research Network, by status and theme.'
  // Filtered views share the address of the unfiltered list.
  const canonical = listingHref(BASE, { page })
  return { title, description, alternates: { canonical }, openGraph: { title, description, url: canonical } }
}

/** The projects listing: its first page (cached) or a filtered or later page (rendered per request). */
export async function ProjectsListing({ query }: { query: ListingQuery }) {
  const listing = await load(query)
  const { status, theme, themes, results } = listing
  // A page past the last: the site's 404 page, status 404 (server/notFoundStatus.mjs for per-request renders).
  if (isPastLastPage(results)) return <NotFoundPage />
  const filtered = Boolean(status || theme)
  const statusWord = status ? `${optionLabel(projectStatuses, status).toLowerCase()} ` : ''

  return (
    <>
      <Breadcrumbs items={[{ label: 'Projects' }]} />
      <DetailHero
        kicker="Research"
        title="Projects"
        intro="The network’s research, from new and planned studies to those already completed. Filter by status or theme to find the work that interests you."
      />
      <div className={`container ${pageStyles.page}`}>
        <FilterForm action={BASE} label="Filter projects" clearHref={filtered ? BASE : null}>
          <FilterSelect name="status" label="Status" allLabel="All statuses" options={projectStatuses} value={status} />
          <ThemeSelect themes={themes} value={theme?.slug} />
        </FilterForm>

        <ResultsCount
          total={results.totalDocs}
          noun={[`${statusWord}project`, `${statusWord}projects`]}
          qualifier={theme ? ` on the theme ${theme.name}` : ''}
          page={results.page}
          totalPages={results.totalPages}
          empty={
            filtered
              ? 'No projects match these filters. Try another status or theme, or clear the filters.'
              : 'There are no projects to show yet.'
          }
        />

        {results.docs.length > 0 && (
          <ul className={card.list}>
            {results.docs.map((project) => (
              <ProjectCard key={project.id} project={project} />
            ))}
          </ul>
        )}

        <Pagination
          label="Pages of projects"
          current={results.page}
          total={results.totalPages}
          href={(page) => href(listing, page)}
        />
      </div>
    </>
  )
}
