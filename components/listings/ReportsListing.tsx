import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { z } from 'zod'

import { reportTypes } from '@/lib/content/options'
import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { visibleAuthors } from '@/lib/citations/reportCitation'
import { formatDate } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import {
  getReportFilterOptions,
  getReportListing,
  type ReportFilterOptions,
  type ReportListItem,
  type ReportType,
} from '@/lib/queries/reports'
import { Pagination } from '@/components/ui/Pagination'

import type { ListingQuery } from './listingQuery'

interface Props {
  query: ListingQuery
}

const reportTypeValues = reportTypes.map((type) => type.value) as [ReportType, ...ReportType[]]
const typeLabels = Object.fromEntries(reportTypes.map((type) => [type.value, type.label])) as Record<ReportType, string>

const slugParam = z
  .string()
  .max(120)
  .regex(/^[a-z0-9-]+$/)
  .optional()
  .catch(undefined)

/** Anything unexpected in the address (a typo, a repeated parameter, a theme with no reports) is ignored. */
const paramsSchema = z.object({
  type: z.enum(reportTypeValues).optional().catch(undefined),
  year: z.coerce.number().int().min(1000).max(9999).optional().catch(undefined),
  theme: slugParam,
  project: slugParam,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})

interface Filters {
  type: ReportType | null
  year: number | null
  theme: ReportFilterOptions['themes'][number] | null
  project: ReportFilterOptions['projects'][number] | null
  page: number
}

/** Shared by the page and its metadata. A filter applies only when the form offers it. */
const readFilters = cache(async (params: Record<string, string | string[] | undefined>): Promise<Filters> => {
  const parsed = paramsSchema.parse(params)
  const options = await getReportFilterOptions()
  return {
    type: parsed.type && options.types.includes(parsed.type) ? parsed.type : null,
    year: parsed.year && options.years.includes(parsed.year) ? parsed.year : null,
    theme: options.themes.find((theme) => theme.slug === parsed.theme) ?? null,
    project: options.projects.find((project) => project.slug === parsed.project) ?? null,
    page: parsed.page ?? 1,
  }
})

const isFiltered = (filters: Filters) => Boolean(filters.type || filters.year || filters.theme || filters.project)

function listingHref(filters: Filters, page: number): string {
  const query = new URLSearchParams()
  if (filters.type) query.set('type', filters.type)
  if (filters.year) query.set('year', String(filters.year))
  if (filters.theme) query.set('theme', filters.theme.slug)
  if (filters.project) query.set('project', filters.project.slug)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `/reports?${search}` : '/reports'
}

export async function reportsListingMetadata(query: ListingQuery): Promise<Metadata> {
  const filters = await readFilters(query)
  const base = 'Research: reports and publications'
  const title = filters.page > 1 ? `${base} (page ${filters.page})` : base
  const description =
    'Reports, journal articles, study protocols, briefings and evidence reviews from the Oxford Social Prescribing Research Network, with citations to download.'
  // Filtered views share the address of the unfiltered list.
  const canonical = listingHref({ type: null, year: null, theme: null, project: null, page: 1 }, filters.page)
  return { title, description, alternates: { canonical }, openGraph: { title, description, url: canonical } }
}

/** The reports listing: its first page (cached) or a filtered or later page (rendered per request). */
export async function ReportsListing({ query }: Props) {
  const filters = await readFilters(query)
  const [options, results] = await Promise.all([
    getReportFilterOptions(),
    getReportListing({
      type: filters.type ?? undefined,
      year: filters.year ?? undefined,
      themeId: filters.theme?.id,
      projectId: filters.project?.id,
      page: filters.page,
    }),
  ])
  if (filters.page > Math.max(results.totalPages, 1)) notFound()

  return (
    <>
      <Breadcrumbs items={[{ label: 'Research' }]} />
      <DetailHero
        title="Research: reports and publications"
        intro="Findings from the network’s projects: reports, journal articles, study protocols, briefings and evidence reviews. Each one can be cited in the style you need."
      />
      <div className="container reports">
        <FilterForm filters={filters} options={options} />
        <p className="reports-count">{countText(filters, results.totalDocs, results.totalPages)}</p>
        {results.docs.length > 0 && (
          <ol className="report-list">
            {results.docs.map((report) => (
              <ReportItem key={report.id} report={report} />
            ))}
          </ol>
        )}
        <Pagination
          label="Pages of reports"
          className="reports-pagination"
          current={filters.page}
          total={results.totalPages}
          href={(page) => listingHref(filters, page)}
        />
      </div>
    </>
  )
}

function FilterForm({ filters, options }: { filters: Filters; options: ReportFilterOptions }) {
  const types = reportTypes.filter((type) => options.types.includes(type.value))
  return (
    <form className="report-filters" method="get" action="/reports" aria-label="Filter reports">
      <div className="report-filters__field">
        <label htmlFor="report-type">Type</label>
        <select id="report-type" name="type" defaultValue={filters.type ?? ''}>
          <option value="">All types</option>
          {types.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
      </div>
      <div className="report-filters__field">
        <label htmlFor="report-year">Year</label>
        <select id="report-year" name="year" defaultValue={filters.year ? String(filters.year) : ''}>
          <option value="">All years</option>
          {options.years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="report-filters__field">
        <label htmlFor="report-theme">Theme</label>
        <select id="report-theme" name="theme" defaultValue={filters.theme?.slug ?? ''}>
          <option value="">All themes</option>
          {options.themes.map((theme) => (
            <option key={theme.id} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="report-filters__field">
        <label htmlFor="report-project">Project</label>
        <select id="report-project" name="project" defaultValue={filters.project?.slug ?? ''}>
          <option value="">All projects</option>
          {options.projects.map((project) => (
            <option key={project.id} value={project.slug}>
              {project.title}
            </option>
          ))}
        </select>
      </div>
      <div className="report-filters__actions">
        <button type="submit" className="button">
          Show reports
        </button>
        {isFiltered(filters) && <Link href="/reports">Clear filters</Link>}
      </div>
    </form>
  )
}

function countText(filters: Filters, total: number, pages: number): string {
  if (total === 0) {
    return isFiltered(filters)
      ? 'No reports match these filters. Try other choices, or clear the filters.'
      : 'There are no reports to show yet.'
  }
  const what = [
    filters.type && `type ${typeLabels[filters.type]}`,
    filters.year && `published in ${filters.year}`,
    filters.theme && `theme ${filters.theme.name}`,
    filters.project && `project ${filters.project.title}`,
  ].filter(Boolean)
  const noun = total === 1 ? 'report' : 'reports'
  const matching = what.length > 0 ? ` matching ${what.join(', ')}` : ''
  const paging = pages > 1 ? `, page ${filters.page} of ${pages}` : ''
  return `${total} ${noun}${matching}${paging}.`
}

function ReportItem({ report }: { report: ReportListItem }) {
  const href = publicPath('reports', report)
  const authors = visibleAuthors(report.authors).map((author) => author.name)
  return (
    <li className="report-list__item">
      <h2 className="report-list__title">{href ? <Link href={href}>{report.title}</Link> : report.title}</h2>
      <p className="report-list__meta">
        <span className="report-list__type">{typeLabels[report.reportType]}</span>,{' '}
        <time dateTime={report.publishedOn}>{formatDate(report.publishedOn)}</time>
      </p>
      {authors.length > 0 && <p className="report-list__authors">By {authors.join(', ')}</p>}
      <p className="report-list__excerpt">{excerpt(report.abstract)}</p>
    </li>
  )
}

/** Long abstracts are cut at a word so the list stays scannable; the full text is one click away. */
function excerpt(text: string, max = 240): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`
}
