import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getReportFilterOptions, getReportListing, REPORTS_PER_PAGE, type ReportFilters } from '@/lib/queries/reports'
import type { Project, Report, Theme } from '@/payload-types'
import { slugify } from '@/lib/slugify'
import { seedDemoContent } from '@/seed'
import { reports as demoReports } from '@/seed/data/reports'

import { asSystem } from '../helpers/accessFixtures'
import { getTestPayload } from '../helpers/payload'

// Outside Next.js there is no incremental cache for `unstable_cache` to use: run the query itself.
vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }))
// The site's client also starts the jobs schedule; the tests use the same Payload, on the same database, without it.
vi.mock('@/lib/payload', () => ({ getPayloadClient: () => getTestPayload() }))

let payload: Payload
const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
const label = (text: string) => `${text} ${run}`
const named = (text: string) => ({ slug: slugify(label(text)) })

let theme: Theme
let draftOnlyTheme: Theme
let pagingTheme: Theme
let project: Project
let draftOnlyProject: Project
/** The demo reports' slugs, newest first (the fixtures list them in that order). */
const demoSlugs = demoReports(new Date()).map((report) => report.slug)

/** Everything this file creates, removed again afterwards: other files share the database. */
const created: { collection: 'themes' | 'projects' | 'reports'; id: number }[] = []
const track = <T extends { id: number }>(collection: (typeof created)[number]['collection'], doc: T): T => {
  created.push({ collection, id: doc.id })
  return doc
}

async function createTheme(name: string): Promise<Theme> {
  return track(
    'themes',
    await payload.create({ collection: 'themes', data: { name: label(name), ...named(name) }, ...asSystem }),
  )
}

async function createProject(title: string): Promise<Project> {
  const project = await payload.create({
    collection: 'projects',
    data: {
      title: label(title),
      ...named(title),
      summary: 'A test project.',
      projectStatus: 'ongoing',
      _status: 'published',
    },
    ...asSystem,
  })
  return track('projects', project)
}

async function createReport(
  title: string,
  fields: Pick<Report, 'reportType' | 'publishedOn'> & Partial<Pick<Report, 'themes' | 'projects' | 'authors'>>,
  status: 'draft' | 'published' = 'published',
): Promise<Report> {
  const data = {
    title: label(title),
    ...named(title),
    abstract: `Abstract of ${title}.`,
    authors: [{ name: 'Alex Example' }],
    ...fields,
  }
  const report =
    status === 'draft'
      ? await payload.create({ collection: 'reports', data: { ...data, _status: 'draft' }, draft: true, ...asSystem })
      : await payload.create({ collection: 'reports', data: { ...data, _status: 'published' }, ...asSystem })
  return track('reports', report)
}

/** Every page of a listing, so that reports other files leave behind cannot push the demo ones off page 1. */
async function everyPage(filters: Omit<ReportFilters, 'page'>) {
  const docs = []
  for (let page = 1; ; page += 1) {
    const listing = await getReportListing({ ...filters, page })
    docs.push(...listing.docs)
    if (page >= listing.totalPages) return docs
  }
}

const titles = async (filters: Omit<ReportFilters, 'page'>, page = 1) =>
  (await getReportListing({ ...filters, page })).docs.map((doc) => doc.title)

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemoContent(payload, { withUsers: false, ifEmpty: true })

  theme = await createTheme('Listing theme')
  draftOnlyTheme = await createTheme('Theme of a draft only')
  pagingTheme = await createTheme('Paging theme')
  project = await createProject('Listing project')
  draftOnlyProject = await createProject('Project of a draft only')

  await createReport('Chapter 2019', {
    reportType: 'book-chapter',
    publishedOn: '2019-06-15T12:00:00.000Z',
    themes: [theme.id],
    projects: [project.id],
  })
  await createReport('Briefing 2019', {
    reportType: 'briefing',
    publishedOn: '2019-12-31T12:00:00.000Z',
    themes: [theme.id],
  })
  await createReport('Report of new year 2020', {
    reportType: 'report',
    // Half past midnight on 1 January in the UK: a 2020 report.
    publishedOn: '2020-01-01T00:30:00.000Z',
    themes: [theme.id],
    projects: [project.id],
  })
  const protocol = await createReport('Protocol 2019', {
    reportType: 'protocol',
    publishedOn: '2019-03-01T12:00:00.000Z',
    themes: [theme.id],
  })
  // A newer draft of a published report must not replace what visitors see.
  await payload.update({
    collection: 'reports',
    id: protocol.id,
    draft: true,
    data: { title: label('Secret draft retitling') },
    ...asSystem,
  })
  await createReport(
    'Secret never-published chapter',
    {
      reportType: 'book-chapter',
      publishedOn: '2019-05-01T12:00:00.000Z',
      themes: [theme.id, draftOnlyTheme.id],
      projects: [project.id, draftOnlyProject.id],
    },
    'draft',
  )
  const unpublished = await createReport('Secret unpublished report', {
    reportType: 'report',
    publishedOn: '2019-08-01T12:00:00.000Z',
    themes: [theme.id],
    projects: [project.id],
  })
  await payload.update({
    collection: 'reports',
    id: unpublished.id,
    data: { _status: 'draft' },
    ...asSystem,
  })

  for (let index = 1; index <= REPORTS_PER_PAGE + 1; index += 1) {
    await createReport(`Paging report ${String(index).padStart(2, '0')}`, {
      reportType: 'other',
      publishedOn: new Date(Date.UTC(2015, 0, index, 12)).toISOString(),
      themes: [pagingTheme.id],
    })
  }
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, id, ...asSystem })
  }
})

describe('report listing', () => {
  it('lists the published demo reports newest first', async () => {
    const docs = await everyPage({})
    expect(demoSlugs).toHaveLength(5)
    expect(docs.map((doc) => doc.slug).filter((slug) => demoSlugs.includes(slug))).toEqual(demoSlugs)
    const dates = docs.map((doc) => doc.publishedOn)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('names member authors with their profile, in citation order', async () => {
    const docs = await everyPage({})
    const interim = docs.find((doc) => doc.slug === 'link-workers-and-loneliness-interim-report')
    const bylines = interim?.authors?.map((author) =>
      typeof author.member === 'object' && author.member ? author.member.name : author.name,
    )
    expect(bylines).toEqual(['Miriam Okafor-Hale', 'Samuel Adeyemi', 'Alex Example', 'Tomasz Wierzbicki'])
    const member = interim?.authors?.[0]?.member
    expect(member).toEqual(expect.objectContaining({ slug: 'miriam-okafor-hale', familyName: 'Okafor-Hale' }))
    // Only what a byline needs: nothing else of the member's profile travels with the listing.
    expect(Object.keys(member as object).sort()).toEqual(['familyName', 'givenName', 'id', 'name', 'slug'])
  })

  it('filters by theme, newest first, without drafts or unpublished reports', async () => {
    expect(await titles({ themeId: theme.id })).toEqual([
      label('Report of new year 2020'),
      label('Briefing 2019'),
      label('Chapter 2019'),
      label('Protocol 2019'),
    ])
  })

  it('filters by year in UK time', async () => {
    expect(await titles({ themeId: theme.id, year: 2019 })).toEqual([
      label('Briefing 2019'),
      label('Chapter 2019'),
      label('Protocol 2019'),
    ])
    expect(await titles({ themeId: theme.id, year: 2020 })).toEqual([label('Report of new year 2020')])
    expect(await titles({ themeId: theme.id, year: 2018 })).toEqual([])
  })

  it('filters by type', async () => {
    expect(await titles({ themeId: theme.id, type: 'book-chapter' })).toEqual([label('Chapter 2019')])
    const briefings = await getReportListing({ type: 'briefing', page: 1 })
    expect(briefings.docs.every((doc) => doc.reportType === 'briefing')).toBe(true)
    expect(briefings.docs.map((doc) => doc.title)).toContain(
      'Social prescribing in primary care: a briefing for policymakers',
    )
    expect(briefings.docs.map((doc) => doc.title)).toContain(label('Briefing 2019'))
  })

  it('filters by project, alone and with other filters', async () => {
    expect(await titles({ projectId: project.id })).toEqual([label('Report of new year 2020'), label('Chapter 2019')])
    expect(await titles({ projectId: project.id, type: 'report', year: 2020, themeId: theme.id })).toEqual([
      label('Report of new year 2020'),
    ])
    expect(await titles({ projectId: draftOnlyProject.id })).toEqual([])
  })

  it('finds demo reports by their theme and project', async () => {
    const options = await getReportFilterOptions()
    const evaluation = options.themes.find((option) => option.slug === 'evaluation-methods')
    const mapping = options.projects.find((option) => option.slug === 'mapping-local-social-prescribing-services')
    expect((await getReportListing({ themeId: evaluation?.id, page: 1 })).docs.map((doc) => doc.slug)).toEqual([
      'collections-for-wellbeing-protocol-for-a-realist-evaluation',
      'green-social-prescribing-a-rapid-evidence-review',
    ])
    expect((await getReportListing({ projectId: mapping?.id, page: 1 })).docs.map((doc) => doc.slug)).toEqual([
      'social-prescribing-in-primary-care-a-briefing-for-policymakers',
      'who-is-referred-and-to-what-a-survey-of-local-social-prescribing-services',
    ])
  })

  it('pages through the results', async () => {
    const first = await getReportListing({ themeId: pagingTheme.id, page: 1 })
    const second = await getReportListing({ themeId: pagingTheme.id, page: 2 })
    expect(first).toMatchObject({ totalDocs: REPORTS_PER_PAGE + 1, totalPages: 2, page: 1 })
    expect(first.docs).toHaveLength(REPORTS_PER_PAGE)
    expect(first.docs[0]?.title).toBe(label('Paging report 11'))
    expect(second.docs.map((doc) => doc.title)).toEqual([label('Paging report 01')])
    expect((await getReportListing({ themeId: pagingTheme.id, page: 3 })).docs).toEqual([])
  })

  it('never returns draft text, whatever the filters', async () => {
    const everything = [
      await getReportListing({ page: 1 }),
      await getReportListing({ themeId: theme.id, page: 1 }),
      await getReportListing({ themeId: draftOnlyTheme.id, page: 1 }),
      await getReportListing({ type: 'book-chapter', year: 2019, page: 1 }),
      await getReportListing({ projectId: project.id, page: 1 }),
    ]
    const text = JSON.stringify(everything)
    expect(text).not.toContain('Secret')
    expect(everything[2]?.totalDocs).toBe(0)
  })
})

describe('report filter options', () => {
  it('offers only types, years, themes and projects that published reports have', async () => {
    const options = await getReportFilterOptions()
    expect(options.types).toEqual(
      expect.arrayContaining(['report', 'journal-article', 'protocol', 'briefing', 'evidence-review']),
    )
    expect(options.types).toContain('book-chapter')
    expect(options.years).toEqual([...options.years].sort((a, b) => b - a))
    expect(options.years).toEqual(expect.arrayContaining([2020, 2019, 2015]))
    expect(options.years).not.toContain(2018)

    const themeNames = options.themes.map((option) => option.name)
    expect(themeNames).toContain(theme.name)
    expect(themeNames).not.toContain(draftOnlyTheme.name)
    expect(options.themes.map((option) => option.slug)).toContain('loneliness-and-isolation')

    const projectTitles = options.projects.map((option) => option.title)
    expect(projectTitles).toContain(project.title)
    expect(projectTitles).not.toContain(draftOnlyProject.title)
    expect(options.projects.map((option) => option.slug)).toContain('collections-for-wellbeing')
  })

  it('leaves out a project that is not published', async () => {
    const hidden = await createProject('Project unpublished later')
    await createReport('Report of a hidden project', {
      reportType: 'report',
      publishedOn: '2016-02-02T12:00:00.000Z',
      projects: [hidden.id],
    })
    expect((await getReportFilterOptions()).projects.map((option) => option.id)).toContain(hidden.id)
    await payload.update({ collection: 'projects', id: hidden.id, data: { _status: 'draft' }, ...asSystem })
    expect((await getReportFilterOptions()).projects.map((option) => option.id)).not.toContain(hidden.id)
  })
})
