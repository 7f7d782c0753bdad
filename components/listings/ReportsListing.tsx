import type { Metadata } from 'next'
import { cache } from 'react'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { FilterForm } from '@/components/listing/FilterForm'
import { FilterSelect, ThemeSelect } from '@/components/listing/FilterSelect'
import { Pagination } from '@/components/listing/Pagination'
import { ResultsCount } from '@/components/listing/ResultsCount'
import { optionLabel, optionValues, type ReportType, reportTypes } from '@/lib/content/options'
import { listingHref } from '@/lib/listing/href'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { isPastLastPage } from '@/lib/listing/page'
import { enumParam, listingParams, type ListingQuery, slugParam, yearParam } from '@/lib/listing/params'
import { getReportFilterOptions, getReportListing } from '@/lib/queries/reports'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

import { ReportListItem } from './ReportListItem'
import pageStyles from './ListingPage.module.css'
import styles from './ReportsListing.module.css'

const BASE = '/reports'

const parseParams = listingParams({
  type: enumParam(optionValues(reportTypes)),
  year: yearParam,
  theme: slugParam,
  project: slugParam,
})

/**
 * Shared by the page and its metadata; keyed on primitives so that both really share it. A filter
 * applies only when the form offers it: a type, year, theme or project that no report has is ignored.
 */
const loadListing = cache(
  async (
    type: ReportType | null,
    year: number | null,
    themeSlug: string | null,
    projectSlug: string | null,
    page: number,
  ) => {
    const options = await getReportFilterOptions()
    const filters = {
      type: type && options.types.includes(type) ? type : null,
      year: year && options.years.includes(year) ? year : null,
      theme: options.themes.find((theme) => theme.slug === themeSlug) ?? null,
      project: options.projects.find((project) => project.slug === projectSlug) ?? null,
    }
    const results = await getReportListing({
      type: filters.type ?? undefined,
      year: filters.year ?? undefined,
      themeId: filters.theme?.id,
      projectId: filters.project?.id,
      page,
    })
    return { ...filters, options, results }
  },
)

function load(query: ListingQuery) {
  const { type, year, theme, project, page } = parseParams(query)
  return loadListing(type, year, theme, project, page)
}

type Listing = Awaited<ReturnType<typeof loadListing>>

const href = ({ type, year, theme, project }: Listing, page = 1) =>
  listingHref(BASE, { type, year, theme: theme?.slug, project: project?.slug, page })

export async function reportsListingMetadata(query: ListingQuery): Promise<Metadata> {
  const { results } = await load(query)
  if (isPastLastPage(results)) return notFoundMetadata
  const base = 'Research: reports and publications'
  const title = results.page > 1 ? `${base} (page ${results.page})` : base
  const description =
    'Reports, journal articles, study protocols, briefings and evidence reviews from the Oxford Social Prescribing Research Network, with citations to download.'
  // Filtered views share the address of the unfiltered list.
  const canonical = listingHref(BASE, { page: results.page })
  return { title, description, alternates: { canonical }, openGraph: { title, description, url: canonical } }
}

/** The reports listing: its first page (cached) or a filtered or later page (rendered per request). */
export async function ReportsListing({ query }: { query: ListingQuery }) {
  const listing = await load(query)
  const { type, year, theme, project, options, results } = listing
  // A page past the last: the site's 404 page, status 404 (server/notFoundStatus.mjs for per-request renders).
  if (isPastLastPage(results)) return <NotFoundPage />
  const filtered = Boolean(type || year || theme || project)
  const matching = [
    type && `type ${optionLabel(reportTypes, type)}`,
    year && `published in ${year}`,
    theme && `theme ${theme.name}`,
    project && `project ${project.title}`,
  ].filter(Boolean)

  return (
    <>
      <Breadcrumbs items={[{ label: 'Research' }]} />
      <DetailHero
        title="Research: reports and publications"
        intro="Findings from the network’s projects: reports, journal articles, study protocols, briefings and evidence reviews. Each one can be cited in the style you need."
      />
      <div className={`container ${pageStyles.page}`}>
        <FilterForm action={BASE} label="Filter reports" clearHref={filtered ? BASE : null}>
          <FilterSelect
            name="type"
            label="Type"
            allLabel="All types"
            options={reportTypes.filter((option) => options.types.includes(option.value))}
            value={type}
          />
          <FilterSelect
            name="year"
            label="Year"
            allLabel="All years"
            options={options.years.map((option) => ({ value: String(option), label: String(option) }))}
            value={year}
          />
          <ThemeSelect themes={options.themes} value={theme?.slug} />
          <FilterSelect
            name="project"
            label="Project"
            allLabel="All projects"
            options={options.projects.map((option) => ({ value: option.slug, label: option.title }))}
            value={project?.slug}
          />
        </FilterForm>
        <ResultsCount
          total={results.totalDocs}
          noun={['report', 'reports']}
          qualifier={matching.length > 0 ? ` matching ${matching.join(', ')}` : ''}
          page={results.page}
          totalPages={results.totalPages}
          empty={
            filtered
              ? 'No reports match these filters. Try other choices, or clear the filters.'
              : 'There are no reports to show yet.'
          }
        />
        {results.docs.length > 0 && (
          <ol className={styles.list}>
            {results.docs.map((report) => (
              <ReportListItem key={report.id} report={report} />
            ))}
          </ol>
        )}
        <Pagination
          label="Pages of reports"
          current={results.page}
          total={results.totalPages}
          href={(page) => href(listing, page)}
        />
      </div>
    </>
  )
}
