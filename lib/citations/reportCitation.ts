// @ts-expect-error -- @citation-js/core ships no type declarations
// (https://github.com/citation-js/citation-js/issues/104). Remove this line when it does.
import { Cite as UntypedCite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'

import { ukDateParts } from '@/lib/format/dates'
import type { Report } from '@/payload-types'

/** A name in CSL-JSON. Particles ("van", "de la") stay in `family`, so every export format keeps them. */
export type CslName = { given?: string; family: string } | { literal: string }

/** The part of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) a report needs. */
export interface CslItem {
  id: string
  type: 'article-journal' | 'report' | 'chapter' | 'document'
  title: string
  author: CslName[]
  issued?: { 'date-parts': [[number, number, number]] }
  abstract?: string
  DOI?: string
  URL?: string
  publisher?: string
  'container-title'?: string
  genre?: string
}

type RisRecord = Record<string, string | number | (string | number)[]>

interface CiteInstance {
  format(format: 'bibtex'): string
  format(format: 'ris', options: { format: 'object' }): RisRecord[]
  format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string
}
const Cite = UntypedCite as new (data: CslItem[]) => CiteInstance

interface AuthorLike {
  member?: number | MemberLike | null
  name?: string | null
}

interface MemberLike {
  givenName?: string | null
  familyName?: string | null
  name?: string | null
  slug?: string | null
}

export type CitableReport = Pick<
  Report,
  'slug' | 'title' | 'reportType' | 'publishedOn' | 'abstract' | 'publisher' | 'doi' | 'url'
> & { authors?: AuthorLike[] | null }

const cslTypes: Record<Report['reportType'], CslItem['type']> = {
  'journal-article': 'article-journal',
  report: 'report',
  briefing: 'report',
  'evidence-review': 'report',
  protocol: 'report',
  'book-chapter': 'chapter',
  other: 'document',
}

/** Shown after the title by most styles ("[Evidence review]"), so a briefing is not mistaken for a full report. */
const genres: Partial<Record<Report['reportType'], string>> = {
  briefing: 'Briefing',
  'evidence-review': 'Evidence review',
  protocol: 'Protocol',
}

/**
 * The report as CSL-JSON, the input of every citation format. `pageUrl` (the report's page on this
 * site) stands in when the report has no web address of its own.
 */
export function reportToCsl(report: CitableReport, pageUrl: string): CslItem {
  const item: CslItem = {
    id: report.slug,
    type: cslTypes[report.reportType],
    title: report.title,
    author: citationAuthors(report.authors),
    abstract: report.abstract,
    URL: report.url || pageUrl,
  }
  // A draft seen in preview may not have its date yet.
  const date = report.publishedOn ? ukDateParts(report.publishedOn) : null
  if (date) item.issued = { 'date-parts': [[date.year, date.month, date.day]] }
  if (report.doi) item.DOI = report.doi
  const genre = genres[report.reportType]
  if (genre) item.genre = genre
  if (report.publisher) {
    if (item.type === 'article-journal') item['container-title'] = report.publisher
    else item.publisher = report.publisher
  }
  return item
}

export interface VisibleAuthor {
  name: string
  /** Set for a network member, whose profile can be linked. */
  memberSlug: string | null
}

/**
 * The authors a visitor sees, in citation order: the same people, in the same order, as the
 * citation. A member whose profile is not public (not populated) is left out of both.
 */
export function visibleAuthors(authors: AuthorLike[] | null | undefined): VisibleAuthor[] {
  return (authors ?? []).flatMap(({ member, name }): VisibleAuthor[] => {
    if (typeof member === 'object' && member?.familyName) {
      const full = member.name || [member.givenName, member.familyName].filter(Boolean).join(' ')
      return [{ name: full, memberSlug: member.slug || null }]
    }
    if (member === undefined || member === null) return name?.trim() ? [{ name: name.trim(), memberSlug: null }] : []
    return []
  })
}

/** Authors in citation order. Members whose profile a visitor cannot see are left out, as on the page. */
export function citationAuthors(authors: AuthorLike[] | null | undefined): CslName[] {
  return (authors ?? []).flatMap((author): CslName[] => {
    const { member, name } = author
    if (typeof member === 'object' && member?.familyName) {
      return [{ given: member.givenName || undefined, family: member.familyName }]
    }
    if (member === undefined || member === null) return name?.trim() ? [splitName(name)] : []
    return []
  })
}

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
])
/** Words that mark a group or organisation as author ("NHS England", "The OSPRN Collaborative"). */
const CORPORATE =
  /\b(NHS|network|team|group|collaborat\w*|consortium|committee|council|society|association|institute|centre|center|university|department|trust|agency|partnership|academy|foundation)\b/i

/**
 * An external author typed as free text: "Family, Given", or "Given Family" with the family name
 * starting at a lowercase particle ("Mary Ann de la Cruz" → "de la Cruz"). Single words and
 * organisations are kept whole.
 */
export function splitName(raw: string): CslName {
  const name = raw.trim().replace(/\s+/g, ' ')
  if (CORPORATE.test(name)) return { literal: name }
  const comma = name.indexOf(',')
  if (comma > 0) {
    const family = name.slice(0, comma).trim()
    const given = name.slice(comma + 1).trim()
    return given ? { given, family } : { literal: family }
  }
  const words = name.split(' ')
  if (words.length < 2) return { literal: name }
  let familyStart = words.findIndex((word, index) => index > 0 && PARTICLES.has(word))
  if (familyStart === -1 || familyStart === words.length - 1) familyStart = words.length - 1
  return { given: words.slice(0, familyStart).join(' '), family: words.slice(familyStart).join(' ') }
}

export const toBibtex = (item: CslItem): string => new Cite([item]).format('bibtex').trim() + '\n'

/**
 * RIS with one line per tag and CRLF line ends, as the RIS specification has it. citation-js maps
 * the fields, but its text output hard-wraps values at 70 characters, mid-word, which reference
 * managers read back with a space inside the word; so the records are written out here.
 */
export function toRis(item: CslItem): string {
  const [{ TY, ...tags } = {}] = new Cite([item]).format('ris', { format: 'object' })
  const lines = [`TY  - ${String(TY)}`]
  for (const [tag, values] of Object.entries(tags)) {
    // A line break inside a value (paragraphs of an abstract) would start a new, possibly bogus, tag.
    for (const value of [values].flat()) lines.push(`${tag}  - ${String(value).replace(/\s+/g, ' ').trim()}`)
  }
  lines.push('ER  - ')
  return `${lines.join('\r\n')}\r\n`
}

export type CitationStyle = 'apa' | 'vancouver' | 'harvard1'

/**
 * Plain text in a citation style bundled with @citation-js/plugin-csl. Plain text rather than the
 * HTML output, so that nothing from the CMS is ever inserted into the page as markup.
 * en-US is the only English locale bundled; another would be fetched over the network.
 */
export function formatCitation(item: CslItem, style: CitationStyle = 'apa'): string {
  return new Cite([item])
    .format('bibliography', { format: 'text', template: style, lang: 'en-US' })
    .trim()
    .replace(/^\d+\.\s+/, '')
}

/** "slug.bib": slugs are already URL-safe; anything else is replaced so the header stays valid. */
export const citationFilename = (slug: string, extension: 'bib' | 'ris') =>
  `${slug.replace(/[^a-z0-9-]+/gi, '-') || 'citation'}.${extension}`
