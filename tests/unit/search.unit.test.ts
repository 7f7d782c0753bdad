import { describe, expect, it } from 'vitest'

import { searchHref } from '@/components/search/searchHref'
import type { SearchRequest } from '@/lib/queries/search'
import { memberEntry, projectEntry, reportEntry } from '@/lib/search/entries'
import { indexQuery } from '@/lib/search/phrasePairs'
import { blocksText, richTextToPlain } from '@/lib/search/plainText'
import { pgArray, snippetParts } from '@/lib/search/searchSite'
import type { Member, Project, Report } from '@/payload-types'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })

describe('plain text for the index', () => {
  it('keeps paragraphs apart and drops the highlight markers', () => {
    const value = { root: { type: 'root', children: [paragraph('First \uE000line'), paragraph('Second')] } }
    expect(richTextToPlain(value)).toBe('First line\nSecond')
  })

  it('reads the words of blocks, not their settings or other documents', () => {
    const layout = [
      { blockType: 'quote', quote: 'Nature helps', attribution: 'A participant' },
      { blockType: 'contentListing', collection: 'projects', heading: 'Our projects', items: [7, 8] },
      { blockType: 'callToAction', label: 'Join us', href: 'https://example.org/secret-path' },
    ]
    expect(blocksText(layout)).toBe('Nature helps\nA participant\nOur projects\nJoin us')
  })
})

describe('index entries', () => {
  const member = (status: 'draft' | 'published', name: string) =>
    ({ id: 1, name, slug: 'm', _status: status }) as Member

  it('names only published members with a project', () => {
    const project = {
      id: 3,
      slug: 'p',
      title: 'Project',
      summary: 'Summary',
      projectStatus: 'ongoing',
      lead: member('published', 'Ada Public'),
      team: [member('draft', 'Secret Draftperson'), 42],
    } as unknown as Project
    const entry = projectEntry(project)
    expect(entry?.keywords).toContain('Ada Public')
    expect(entry?.keywords).not.toContain('Secret')
    expect(entry?.url).toBe('/projects/p')
  })

  it('indexes a report with its PDF text and its external authors', () => {
    const report = {
      id: 4,
      slug: 'r',
      title: 'Report',
      abstract: 'Abstract',
      reportType: 'briefing',
      publishedOn: '2024-01-02T00:00:00.000Z',
      authors: [{ name: 'B. External' }],
      searchKeywords: 'OXSOP',
    } as unknown as Report
    const entry = reportEntry(report, 'Words from the PDF')
    expect(entry).toMatchObject({ kind: 'report', date: '2024-01-02T00:00:00.000Z', url: '/reports/r' })
    expect(entry?.keywords).toBe('OXSOP, Briefing, B. External')
    expect(entry?.body).toContain('Words from the PDF')
  })

  it('has no entry for a document without an address', () => {
    expect(memberEntry({ id: 5, name: 'No slug', slug: null } as unknown as Member)).toBeNull()
  })
})

describe('snippets', () => {
  it('splits a headline into marked and plain parts, markup kept as text', () => {
    expect(snippetParts('A \uE000walk\uE001 in \uE002b\uE003 \uE000green\uE001')).toEqual([
      { text: 'A ', match: false },
      { text: 'walk', match: true },
      { text: ' in <b> ', match: false },
      { text: 'green', match: true },
    ])
  })
})

describe('phrases as word pairs', () => {
  it('looks a two-word phrase up as its pair, wherever it stands in the query', () => {
    expect(indexQuery("'link' <-> 'worker'")).toBe("'link worker'")
    expect(indexQuery("'social' & !( 'link' <-> 'worker' ) | 'green' <-> 'space'")).toBe(
      "(('social' & !'link worker') | 'green space')",
    )
  })

  it('keeps the position check of longer phrases and gaps, narrowed by their pairs', () => {
    expect(indexQuery("'green' <-> 'social' <-> 'prescrib'")).toBe(
      "(('green social' & 'social prescrib') & (('green' <-> 'social') <-> 'prescrib'))",
    )
    expect(indexQuery("'link' <2> 'worker'")).toBe("('link' <2> 'worker')")
    expect(indexQuery("'well-b' <-> 'well' <2> 'servic'")).toBe(
      "('well-b well' & (('well-b' <-> 'well') <2> 'servic'))",
    )
  })

  it('reads quoted lexemes with quotes, backslashes and spaces, and leaves prefixes alone', () => {
    expect(indexQuery("'o''brien' <-> 'a\\\\b'")).toBe("'o''brien a\\\\b'")
    expect(indexQuery("'link':* <-> 'worker'")).toBe("('link':* <-> 'worker')")
    expect(indexQuery("'social'")).toBe("'social'")
  })

  it('returns text it cannot read unchanged, for PostgreSQL to judge', () => {
    expect(indexQuery("'social' <> 'x'")).toBe("'social' <> 'x'")
    expect(indexQuery("('social'")).toBe("('social'")
  })
})

describe('array parameters', () => {
  it('quote every element, escaping quotes and backslashes', () => {
    expect(pgArray(['a', 'b"c', 'd\\e', 'x,y'])).toBe('{"a","b\\"c","d\\\\e","x,y"}')
    expect(pgArray([])).toBe('{}')
    expect(pgArray([1, 2])).toBe('{"1","2"}')
  })
})

describe('search addresses', () => {
  const request: SearchRequest = { q: 'green space', kinds: [], themes: [], years: [], sort: 'relevance', page: 1 }

  it('leave out defaults and keep every filter', () => {
    expect(searchHref(request)).toBe('/search?q=green+space')
    expect(
      searchHref(request, {
        kinds: ['report', 'news'],
        themes: [{ id: 1, name: 'Arts', slug: 'arts' }],
        years: [2024],
        sort: 'newest',
        page: 2,
      }),
    ).toBe('/search?q=green+space&type=report&type=news&theme=arts&year=2024&sort=newest&page=2')
    expect(searchHref({ ...request, q: '' })).toBe('/search')
  })
})
