import { attendanceModes, networkRoles, optionLabel, projectStatuses, reportTypes } from '@/lib/content/options'
import { publicPath, type RoutedCollection } from '@/lib/paths'
import type { Event, Member, Organisation, Page, Post, Project, Report } from '@/payload-types'

import { blocksText, richTextToPlain, stripSentinels } from './plainText'

/** The kinds of result a visitor can filter by, in the order the filter lists them. */
export const searchKinds = [
  { value: 'report', label: 'Reports', one: 'Report' },
  { value: 'project', label: 'Projects', one: 'Project' },
  { value: 'event', label: 'Events', one: 'Event' },
  { value: 'news', label: 'News', one: 'News' },
  { value: 'blog', label: 'Blog posts', one: 'Blog post' },
  { value: 'member', label: 'People', one: 'Person' },
  { value: 'page', label: 'Pages', one: 'Page' },
] as const
export type SearchKind = (typeof searchKinds)[number]['value']

/** One row of the search index: only what a visitor can read on the document's public page. */
export interface SearchEntry {
  collection: RoutedCollection
  docId: number
  kind: SearchKind
  url: string
  title: string
  keywords: string
  summary: string
  body: string
  themeIds: number[]
  date: string | null
}

/** Long texts (a PDF's) are capped: PostgreSQL's tsvector holds at most 1 MB and 16,383 positions. */
export const MAX_BODY_CHARS = 300_000

type Related<T> = number | T | null | undefined

/**
 * A related member's name is public only while the member is published; an id (not populated)
 * or an unpublished member adds nothing.
 */
function memberName(member: Related<Member>): string | null {
  return typeof member === 'object' && member && member._status === 'published' ? (member.name ?? null) : null
}

const organisationName = (organisation: Related<Organisation>) =>
  typeof organisation === 'object' && organisation ? organisation.name : null

const ids = (related: Related<{ id: number }>[] | null | undefined) =>
  (related ?? [])
    .map((item) => (typeof item === 'object' && item ? item.id : item))
    .filter((id): id is number => typeof id === 'number')

const words = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(', ')

function entry(
  collection: RoutedCollection,
  doc: { id: number; slug?: string | null; searchKeywords?: string | null; themes?: Related<{ id: number }>[] | null },
  fields: Omit<SearchEntry, 'collection' | 'docId' | 'url' | 'themeIds'>,
  url: string | null,
): SearchEntry | null {
  if (!url) return null
  return {
    collection,
    docId: doc.id,
    url,
    themeIds: ids(doc.themes),
    ...fields,
    title: stripSentinels(fields.title),
    keywords: stripSentinels(words(doc.searchKeywords, fields.keywords)),
    summary: stripSentinels(fields.summary),
    body: stripSentinels(fields.body).slice(0, MAX_BODY_CHARS),
  }
}

export function pageEntry(page: Page): SearchEntry | null {
  return entry(
    'pages',
    page,
    {
      kind: 'page',
      title: page.title,
      keywords: '',
      summary: page.intro ?? '',
      body: blocksText(page.layout),
      date: null,
    },
    publicPath('pages', page),
  )
}

export function projectEntry(project: Project): SearchEntry | null {
  return entry(
    'projects',
    project,
    {
      kind: 'project',
      title: project.title,
      keywords: words(
        optionLabel(projectStatuses, project.projectStatus),
        memberName(project.lead),
        ...(project.team ?? []).map(memberName),
        ...(project.partners ?? []).map(organisationName),
        ...(project.funders ?? []).map(organisationName),
      ),
      summary: project.summary ?? '',
      body: richTextToPlain(project.body),
      date: project.startDate ?? null,
    },
    publicPath('projects', project),
  )
}

export function memberEntry(member: Member): SearchEntry | null {
  return entry(
    'members',
    member,
    {
      kind: 'member',
      title: member.name ?? '',
      keywords: words(
        optionLabel(networkRoles, member.networkRole),
        member.jobTitle,
        ...(member.affiliations ?? []).map(organisationName),
        ...(member.researchInterests ?? []),
      ),
      summary: member.shortBio ?? '',
      body: richTextToPlain(member.bio),
      date: null,
    },
    publicPath('members', member),
  )
}

export function eventEntry(event: Event): SearchEntry | null {
  return entry(
    'events',
    event,
    {
      kind: 'event',
      title: event.title,
      keywords: optionLabel(attendanceModes, event.attendanceMode),
      summary: event.summary,
      body: richTextToPlain(event.body),
      date: event.startsAt,
    },
    publicPath('events', event),
  )
}

/** `pdfText` is the text layer of the report's PDF, read by the extraction job. */
export function reportEntry(report: Report, pdfText = ''): SearchEntry | null {
  return entry(
    'reports',
    report,
    {
      kind: 'report',
      title: report.title,
      keywords: words(
        optionLabel(reportTypes, report.reportType),
        ...(report.authors ?? []).map((author) => author.name || memberName(author.member)),
        report.publisher,
        report.doi,
      ),
      summary: report.abstract,
      body: [richTextToPlain(report.body), pdfText].filter(Boolean).join('\n\n'),
      date: report.publishedOn ?? null,
    },
    publicPath('reports', report),
  )
}

export function postEntry(post: Post): SearchEntry | null {
  return entry(
    'posts',
    post,
    {
      kind: post.kind === 'blog' ? 'blog' : 'news',
      title: post.title,
      keywords: words(...(post.authors ?? []).map(memberName)),
      summary: post.excerpt,
      body: richTextToPlain(post.body),
      date: post.publishedAt,
    },
    publicPath('posts', post),
  )
}
