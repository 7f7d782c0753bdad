import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { ukYear } from '@/lib/format/dates'
import type { ReportType } from '@/lib/content/options'
import { type ListingPage, toPage } from '@/lib/listing/page'
import { getPayloadClient } from '@/lib/payload'
import type { Member, Project, Report, Theme } from '@/payload-types'

export const REPORTS_PER_PAGE = 10

export interface ReportFilters {
  type?: ReportType
  year?: number
  themeId?: number
  projectId?: number
  /** 1-based. */
  page: number
}

export type ListedAuthor = Pick<Member, 'givenName' | 'familyName' | 'name' | 'slug'>

export type ReportListItem = Pick<Report, 'id' | 'title' | 'slug' | 'abstract' | 'reportType' | 'publishedOn'> & {
  authors?: { id?: string | null; member?: number | ListedAuthor | null; name?: string | null }[] | null
}

export type ReportListing = ListingPage<ReportListItem>

export interface ReportFilterOptions {
  types: ReportType[]
  /** Newest first. */
  years: number[]
  themes: Pick<Theme, 'id' | 'name' | 'slug'>[]
  projects: Pick<Project, 'id' | 'title' | 'slug'>[]
}

/**
 * One page of published reports, newest first, narrowed by the given filters. Authors who are
 * members come with just the fields a byline needs. Cached until a report or member changes.
 */
export async function getReportListing(filters: ReportFilters): Promise<ReportListing> {
  const page = Math.max(1, Math.trunc(filters.page) || 1)
  const key = JSON.stringify([filters.type, filters.year, filters.themeId, filters.projectId, page])
  return unstable_cache(() => findReports(filters, page), ['reports-listing', key], {
    tags: [cacheTags.collection('reports'), cacheTags.collection('members')],
  })()
}

async function findReports(filters: ReportFilters, page: number): Promise<ReportListing> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'reports',
    where: { and: filterConditions(filters) },
    select: { title: true, slug: true, abstract: true, reportType: true, publishedOn: true, authors: true },
    populate: { members: { givenName: true, familyName: true, name: true, slug: true } },
    // Same-day reports keep a stable order across pages.
    sort: ['-publishedOn', '-id'],
    depth: 1,
    limit: REPORTS_PER_PAGE,
    page,
    overrideAccess: false,
  })
  return toPage<ReportListItem>(result, page)
}

function filterConditions({ type, year, themeId, projectId }: ReportFilters): Where[] {
  const and: Where[] = [{ _status: { equals: 'published' } }]
  if (type) and.push({ reportType: { equals: type } })
  if (year !== undefined) {
    // 1 January is in GMT, so midnight in the UK is midnight UTC: the year matches the date shown.
    and.push({ publishedOn: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } })
    and.push({ publishedOn: { less_than: `${year + 1}-01-01T00:00:00.000Z` } })
  }
  if (themeId !== undefined) and.push({ themes: { in: [themeId] } })
  if (projectId !== undefined) and.push({ projects: { in: [projectId] } })
  return and
}

/**
 * What the listing's filters offer: only the types, years, themes and published projects that
 * at least one published report has, so that no choice leads to an empty page.
 */
export const getReportFilterOptions = unstable_cache(
  async (): Promise<ReportFilterOptions> => {
    const payload = await getPayloadClient()
    const reports = await payload.find({
      collection: 'reports',
      where: { _status: { equals: 'published' } },
      select: { reportType: true, publishedOn: true, themes: true, projects: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    const types = new Set<ReportType>()
    const years = new Set<number>()
    const themeIds = new Set<number>()
    const projectIds = new Set<number>()
    for (const report of reports.docs) {
      types.add(report.reportType)
      years.add(ukYear(report.publishedOn))
      for (const theme of report.themes ?? []) themeIds.add(typeof theme === 'object' ? theme.id : theme)
      for (const project of report.projects ?? []) projectIds.add(typeof project === 'object' ? project.id : project)
    }
    const [themes, projects] = await Promise.all([
      themeIds.size === 0
        ? null
        : payload.find({
            collection: 'themes',
            where: { id: { in: [...themeIds] } },
            select: { name: true, slug: true },
            sort: 'name',
            depth: 0,
            pagination: false,
            overrideAccess: false,
          }),
      projectIds.size === 0
        ? null
        : payload.find({
            collection: 'projects',
            where: { and: [{ id: { in: [...projectIds] } }, { _status: { equals: 'published' } }] },
            select: { title: true, slug: true },
            sort: 'title',
            depth: 0,
            pagination: false,
            overrideAccess: false,
          }),
    ])
    return {
      types: [...types],
      years: [...years].sort((a, b) => b - a),
      themes: (themes?.docs ?? []) as ReportFilterOptions['themes'],
      projects: (projects?.docs ?? []) as ReportFilterOptions['projects'],
    }
  },
  ['reports-filter-options'],
  { tags: [cacheTags.collection('reports'), cacheTags.collection('themes'), cacheTags.collection('projects')] },
)
