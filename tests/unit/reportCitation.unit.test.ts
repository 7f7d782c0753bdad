// @ts-expect-error -- @citation-js/core ships no type declarations (https://github.com/citation-js/citation-js/issues/104).
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { describe, expect, it } from 'vitest'

import {
  type CitableReport,
  citationFilename,
  formatCitation,
  reportToCsl,
  splitName,
  toBibtex,
  toRis,
} from '@/lib/citations/reportCitation'

interface ParsedItem {
  type: string
  title: string
  author?: { given?: string; family?: string; 'non-dropping-particle'?: string; literal?: string }[]
  issued?: { 'date-parts': number[][] }
  DOI?: string
  URL?: string
  publisher?: string
  'container-title'?: string
}

/** Reads an export back the way a reference manager would: with citation-js's own input parsers. */
const parse = (text: string): ParsedItem[] => (new Cite(text) as { data: ParsedItem[] }).data

const pageUrl = 'https://osprn.example.org/reports/arts-and-health'

const article: CitableReport = {
  slug: 'arts-and-health',
  title: 'Arts & health in Zürich: café culture, 50% of referrals and “what matters”',
  reportType: 'journal-article',
  publishedOn: '2025-03-14T12:00:00.000Z',
  abstract: 'A fictional abstract.',
  publisher: 'Example Journal of Primary Care Research (fictional)',
  doi: '10.5555/osprn-demo.2005',
  url: null,
  authors: [
    { member: { givenName: 'Kamal R.', familyName: 'Mahtani' } },
    { name: 'José Núñez' },
    // An author whose member profile is not public (only the id is populated): left out, as on the page.
    { member: 42 },
    { member: { givenName: 'Miriam', familyName: 'Okafor-Hale' } },
    { name: 'Mary Ann de la Cruz' },
  ],
}

const expectedAuthors = [
  { given: 'Kamal R.', family: 'Mahtani' },
  { given: 'José', family: 'Núñez' },
  { given: 'Miriam', family: 'Okafor-Hale' },
  { given: 'Mary Ann', family: 'de la Cruz' },
]

/** BibTeX reads "de la" as the lowercase "von" part of the name: it is still the start of the family name. */
const names = (item: ParsedItem | undefined) =>
  item?.author?.map((author) => ({
    given: author.given,
    family: [author['non-dropping-particle'], author.family].filter(Boolean).join(' '),
  }))

describe('reportToCsl', () => {
  it('maps each report type to its CSL type', () => {
    const typeOf = (reportType: CitableReport['reportType']) => reportToCsl({ ...article, reportType }, pageUrl).type
    expect(typeOf('journal-article')).toBe('article-journal')
    expect(typeOf('report')).toBe('report')
    expect(typeOf('briefing')).toBe('report')
    expect(typeOf('evidence-review')).toBe('report')
    expect(typeOf('protocol')).toBe('report')
    expect(typeOf('book-chapter')).toBe('chapter')
    expect(typeOf('other')).toBe('document')
  })

  it('puts a journal in container-title and any other publisher in publisher', () => {
    expect(reportToCsl(article, pageUrl)).toMatchObject({ 'container-title': article.publisher })
    expect(reportToCsl(article, pageUrl)).not.toHaveProperty('publisher')
    const report = reportToCsl({ ...article, reportType: 'briefing', publisher: 'OSPRN' }, pageUrl)
    expect(report).toMatchObject({ publisher: 'OSPRN', genre: 'Briefing' })
    expect(report).not.toHaveProperty('container-title')
  })

  it('keeps authors in order and drops members a visitor cannot see', () => {
    expect(reportToCsl(article, pageUrl).author).toEqual(expectedAuthors)
  })

  it('dates the report in UK time', () => {
    // 23:30 UTC on 31 March 2025 is already 1 April in British Summer Time.
    const csl = reportToCsl({ ...article, publishedOn: '2025-03-31T23:30:00.000Z' }, pageUrl)
    expect(csl.issued?.['date-parts']).toEqual([[2025, 4, 1]])
  })

  it('leaves the date out of a draft that has none yet, rather than failing', () => {
    const csl = reportToCsl({ ...article, publishedOn: '' }, pageUrl)
    expect(csl).not.toHaveProperty('issued')
    expect(formatCitation(csl)).toContain('(n.d.)')
  })

  it("links the report's own address, or this site's page when it has none", () => {
    expect(reportToCsl(article, pageUrl).URL).toBe(pageUrl)
    expect(reportToCsl({ ...article, url: 'https://example.org/journal/2005' }, pageUrl).URL).toBe(
      'https://example.org/journal/2005',
    )
  })
})

describe('BibTeX export', () => {
  const bibtex = toBibtex(reportToCsl(article, pageUrl))

  it('is an @article entry that escapes LaTeX specials and accents', () => {
    expect(bibtex).toMatch(/^@article\{/)
    expect(bibtex).toContain('\\&')
    expect(bibtex).toContain('50\\%')
    expect(bibtex).not.toMatch(/[^\u0020-\u007e\s]/)
  })

  it('reads back with the same title, authors in order, year and DOI', () => {
    const [item, ...rest] = parse(bibtex)
    expect(rest).toHaveLength(0)
    expect(item?.title).toBe(article.title)
    expect(names(item)).toEqual(expectedAuthors)
    expect(item?.issued?.['date-parts'][0]?.[0]).toBe(2025)
    expect(item?.DOI).toBe('10.5555/osprn-demo.2005')
    expect(item?.['container-title']).toBe(article.publisher)
  })

  it('uses the entry type of each kind of output', () => {
    const entryType = (reportType: CitableReport['reportType']) =>
      toBibtex(reportToCsl({ ...article, reportType }, pageUrl)).match(/^@(\w+)\{/)?.[1]
    expect(entryType('report')).toBe('techreport')
    expect(entryType('book-chapter')).toBe('inbook')
    expect(entryType('other')).toBe('misc')
  })
})

describe('RIS export', () => {
  const ris = toRis(reportToCsl(article, pageUrl))

  it('is a journal record with one AU line per author, in order', () => {
    expect(ris.split('\r\n')[0]).toBe('TY  - JOUR')
    expect(ris.match(/^AU {2}- .+$/gm)).toEqual([
      'AU  - Mahtani, Kamal R.',
      'AU  - Núñez, José',
      'AU  - Okafor-Hale, Miriam',
      'AU  - de la Cruz, Mary Ann',
    ])
    expect(ris.trimEnd()).toMatch(/ER {2}-$/)
  })

  it('keeps every value on one line, however long, so nothing is split mid-word', () => {
    const abstract = `First paragraph ${'of a long abstract '.repeat(10)}ends.\n\nTY  - Second paragraph.`
    const lines = toRis(reportToCsl({ ...article, abstract }, pageUrl)).split('\r\n')
    expect(lines.filter((line) => !/^[A-Z][A-Z0-9] {2}- ?/.test(line))).toEqual([''])
    expect(lines).toContain(`AB  - ${abstract.replace(/\s+/g, ' ')}`)
    expect(lines.filter((line) => line.startsWith('TY  -'))).toHaveLength(1)
    expect(lines).toContain(`TI  - ${article.title}`)
  })

  it('reads back with the same title, authors in order, year and DOI', () => {
    const [item] = parse(ris)
    expect(item?.title).toBe(article.title)
    expect(names(item)).toEqual(expectedAuthors)
    expect(item?.issued?.['date-parts'][0]?.[0]).toBe(2025)
    expect(item?.DOI).toBe('10.5555/osprn-demo.2005')
  })

  it('marks reports and chapters with their RIS types', () => {
    const type = (reportType: CitableReport['reportType']) =>
      toRis(reportToCsl({ ...article, reportType }, pageUrl)).split('\r\n')[0]
    expect(type('evidence-review')).toBe('TY  - RPRT')
    expect(type('book-chapter')).toBe('TY  - CHAP')
  })
})

describe('formatted citation', () => {
  it('is an APA reference with the authors, year, title and DOI', () => {
    const text = formatCitation(reportToCsl(article, pageUrl))
    expect(text).toMatch(/^Mahtani, K\. R\., Núñez, J\., Okafor-Hale, M\., & de la Cruz, M\. A\. \(2025\)\. /)
    expect(text).toContain('Arts & health in Zürich')
    expect(text).toContain('https://doi.org/10.5555/osprn-demo.2005')
    expect(text).not.toContain('<')
  })

  it('can be given in Vancouver style, without the list number', () => {
    const text = formatCitation(reportToCsl(article, pageUrl), 'vancouver')
    expect(text).toMatch(/^Mahtani KR, Núñez J, Okafor-Hale M, de la Cruz MA\. /)
    expect(text).toContain('2025')
  })
})

describe('splitName', () => {
  it.each([
    ['Alex Example', { given: 'Alex', family: 'Example' }],
    ['  J. R.   Example ', { given: 'J. R.', family: 'Example' }],
    ['Ludwig van Beethoven', { given: 'Ludwig', family: 'van Beethoven' }],
    ['Okafor-Hale, Miriam', { given: 'Miriam', family: 'Okafor-Hale' }],
    ['Madonna', { literal: 'Madonna' }],
    ['NHS England', { literal: 'NHS England' }],
    ['The Green Prescribing Collaborative', { literal: 'The Green Prescribing Collaborative' }],
  ])('%s', (raw, expected) => {
    expect(splitName(raw)).toEqual(expected)
  })
})

describe('citationFilename', () => {
  it('names the download after the slug, keeping the header safe', () => {
    expect(citationFilename('arts-and-health', 'bib')).toBe('arts-and-health.bib')
    expect(citationFilename('a"b\r\nc', 'ris')).toBe('a-b-c.ris')
  })
})
