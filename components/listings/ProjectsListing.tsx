import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { z } from 'zod'

import { Media } from '@/components/cms/Media'
import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { formatMonth } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import {
  getProjects,
  type ProjectCard,
  projectStatuses,
  projectStatusLabels,
  type ProjectStatus,
} from '@/lib/queries/projects'
import { getThemeOptions, type ThemeOption } from '@/lib/queries/themes'
import { Pagination } from '@/components/ui/Pagination'

import type { ListingQuery } from './listingQuery'

interface Props {
  query: ListingQuery
}

/** Anything else in the address (a typo, a repeated parameter, an old theme) is ignored, never an error. */
const filtersSchema = z.object({
  status: z.enum(projectStatuses).optional().catch(undefined),
  theme: z
    .string()
    .max(120)
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})

interface Filters {
  status: ProjectStatus | null
  theme: ThemeOption | null
  page: number
}

/** Shared by the page and its metadata, so both see the same filters. */
const readFilters = cache(async (params: Record<string, string | string[] | undefined>): Promise<Filters> => {
  const parsed = filtersSchema.parse(params)
  const themes = await getThemeOptions()
  return {
    status: parsed.status ?? null,
    theme: themes.find((theme) => theme.slug === parsed.theme) ?? null,
    page: parsed.page ?? 1,
  }
})

function describeFilters({ status, theme }: Filters): string {
  const what = status ? `${projectStatusLabels[status]} projects` : 'Projects'
  return theme ? `${what}: ${theme.name}` : what
}

function listingHref({ status, theme }: Filters, page: number): string {
  const query = new URLSearchParams()
  if (status) query.set('status', status)
  if (theme) query.set('theme', theme.slug)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `/projects?${search}` : '/projects'
}

export async function projectsListingMetadata(query: ListingQuery): Promise<Metadata> {
  const filters = await readFilters(query)
  const title = filters.page > 1 ? `${describeFilters(filters)} (page ${filters.page})` : describeFilters(filters)
  const description =
    'Past, ongoing and planned research projects of the Oxford Social Prescribing Research Network, by status and theme.'
  // Filtered views share the address of the unfiltered list.
  const canonical = listingHref({ status: null, theme: null, page: filters.page }, filters.page)
  return { title, description, alternates: { canonical }, openGraph: { title, description, url: canonical } }
}

/** The projects listing: its first page (cached) or a filtered or later page (rendered per request). */
export async function ProjectsListing({ query }: Props) {
  const filters = await readFilters(query)
  const [themes, results] = await Promise.all([
    getThemeOptions(),
    getProjects({ status: filters.status, themeId: filters.theme?.id ?? null, page: filters.page }),
  ])
  if (filters.page > Math.max(results.totalPages, 1)) notFound()
  const filtered = Boolean(filters.status || filters.theme)

  return (
    <>
      <Breadcrumbs items={[{ label: 'Projects' }]} />
      <DetailHero
        kicker="Research"
        title="Projects"
        intro="The network’s research, from new and planned studies to those already completed. Filter by status or theme to find the work that interests you."
      />
      <div className="container directory">
        <form className="directory-filters" method="get" action="/projects" aria-label="Filter projects">
          <div className="directory-filters__field">
            <label htmlFor="project-status">Status</label>
            <select id="project-status" name="status" defaultValue={filters.status ?? ''}>
              <option value="">All statuses</option>
              {projectStatuses.map((status) => (
                <option key={status} value={status}>
                  {projectStatusLabels[status]}
                </option>
              ))}
            </select>
          </div>
          <div className="directory-filters__field">
            <label htmlFor="project-theme">Theme</label>
            <select id="project-theme" name="theme" defaultValue={filters.theme?.slug ?? ''}>
              <option value="">All themes</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.slug}>
                  {theme.name}
                </option>
              ))}
            </select>
          </div>
          <div className="directory-filters__actions">
            <button type="submit" className="button">
              Show projects
            </button>
            {filtered && <Link href="/projects">Clear filters</Link>}
          </div>
        </form>

        <p className="directory-count">{countText(filters, results.totalDocs, results.totalPages)}</p>

        {results.docs.length > 0 && (
          <ul className="card-list project-cards">
            {results.docs.map((project) => (
              <ProjectCardItem key={project.id} project={project} />
            ))}
          </ul>
        )}

        <Pagination
          label="Pages of projects"
          className="directory-pagination"
          current={filters.page}
          total={results.totalPages}
          href={(page) => listingHref(filters, page)}
        />
      </div>
    </>
  )
}

function countText(filters: Filters, total: number, pages: number): string {
  if (total === 0) {
    return filters.status || filters.theme
      ? 'No projects match these filters. Try another status or theme, or clear the filters.'
      : 'There are no projects to show yet.'
  }
  const status = filters.status ? `${projectStatusLabels[filters.status].toLowerCase()} ` : ''
  const noun = total === 1 ? 'project' : 'projects'
  const theme = filters.theme ? ` on the theme ${filters.theme.name}` : ''
  const paging = pages > 1 ? `, page ${filters.page} of ${pages}` : ''
  return `${total} ${status}${noun}${theme}${paging}.`
}

function ProjectCardItem({ project }: { project: ProjectCard }) {
  const href = publicPath('projects', project)
  return (
    <li className="card project-card">
      <h2 className="card__title">{href ? <Link href={href}>{project.title}</Link> : project.title}</h2>
      <p className="card__meta project-card__status">Status: {projectStatusLabels[project.projectStatus]}</p>
      <ProjectDates start={project.startDate} end={project.endDate} />
      <p className="card__summary">{project.summary}</p>
      <Media
        media={project.heroImage}
        size="card"
        sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"
        className="project-card__image"
      />
    </li>
  )
}

function ProjectDates({ start, end }: { start?: string | null; end?: string | null }) {
  const from = start ? <time dateTime={start}>{formatMonth(start)}</time> : null
  const to = end ? <time dateTime={end}>{formatMonth(end)}</time> : null
  if (!from && !to) return null
  return (
    <p className="card__meta">
      {from && to ? (
        <>
          {from} to {to}
        </>
      ) : from ? (
        <>From {from}</>
      ) : (
        <>Until {to}</>
      )}
    </p>
  )
}
