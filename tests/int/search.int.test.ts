import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { expiriesPosted } from '@/lib/cache/revalidate'
import { searchDatabase } from '@/lib/search/database'
import { reindexSearch } from '@/lib/search/reindex'
import { searchSite, type SiteSearchQuery } from '@/lib/search/searchSite'
import { buildPdf } from '@/seed/pdf'

import {
  type AccessWorld,
  asSystem,
  contentData,
  createAccessWorld,
  createContent,
  createFixture,
  pdfFile,
} from '../helpers/accessFixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let world: AccessWorld
/** A made-up word in every fixture of this file, so searches see only this file's documents. */
let tag: string

const letters = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + randomInt(26))).join('')

async function search(q: string, options: Partial<SiteSearchQuery> = {}) {
  return searchSite(await searchDatabase(payload), {
    q,
    kinds: [],
    themeIds: [],
    years: [],
    sort: 'relevance',
    page: 1,
    perPage: 50,
    ...options,
  })
}

const urls = async (q: string, options: Partial<SiteSearchQuery> = {}) =>
  (await search(q, options)).hits.map((hit) => hit.url)

/**
 * Runs the jobs queue until a document's PDF has been read: other test files share the database
 * and queue their own jobs, and one run takes a limited number of them.
 */
async function readPdf(documentId: number) {
  for (let round = 0; round < 20; round++) {
    // Only this file's kind of job: other files leave contact deliveries to a mail server now gone.
    await payload.jobs.run({ allQueues: true, limit: 100, where: { taskSlug: { equals: 'extractDocumentText' } } })
    const document = await payload.findByID({ collection: 'documents', id: documentId, ...asSystem })
    if (document.textLayer !== 'pending') return document
  }
  throw new Error(`The PDF of document ${documentId} was never read.`)
}

const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createAccessWorld(payload, 'search')
  tag = `qz${letters(8)}`
})

afterAll(async () => {
  await world.cleanup()
})

describe('the index follows every change', () => {
  it('finds a document once published, never while it is only a draft', async () => {
    const draft = await createContent(world, 'projects', 'Orchard draft', 'draft', { summary: `Orchard ${tag}` })
    expect(await urls(`orchard ${tag}`)).toEqual([])
    await payload.update({ collection: 'projects', id: draft.id, data: { _status: 'published' }, ...asSystem })
    expect(await urls(`orchard ${tag}`)).toEqual([`/projects/${draft.slug}`])
  })

  it('keeps the published entry when a draft is saved over it, and never shows the draft', async () => {
    const project = await createContent(world, 'projects', 'Meadow', 'published', { summary: `Meadow walks ${tag}` })
    await payload.update({
      collection: 'projects',
      id: project.id,
      draft: true,
      data: { summary: `Confidential embargoed ${tag}` },
      ...asSystem,
    })
    expect(await urls(`meadow ${tag}`)).toEqual([`/projects/${project.slug}`])
    expect(await urls(`embargoed ${tag}`)).toEqual([])
    const snippet = (await search(`meadow ${tag}`)).hits[0]?.snippet.map((part) => part.text).join('')
    expect(snippet).toContain('Meadow walks')
    expect(snippet).not.toContain('embargoed')
  })

  it('drops a document when it is unpublished or deleted', async () => {
    const post = await createContent(world, 'posts', 'Riverbank news', 'published', { excerpt: `Riverbank ${tag}` })
    const event = await createContent(world, 'events', 'Riverbank walk', 'published', { summary: `Riverbank ${tag}` })
    expect((await search(`riverbank ${tag}`)).total).toBe(2)
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' }, ...asSystem })
    expect(await urls(`riverbank ${tag}`)).toEqual([`/events/${event.slug}`])
    await payload.delete({ collection: 'events', id: event.id, ...asSystem })
    expect((await search(`riverbank ${tag}`)).total).toBe(0)
  })

  it('publishes on schedule through the jobs queue', async () => {
    const report = await createContent(world, 'reports', 'Hedgerow report', 'draft', { abstract: `Hedgerow ${tag}` })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'reports', value: report.id },
        user: { relationTo: 'users', value: world.accounts.editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    // The job expires cache tags by posting them to the Next.js server, which does not run here.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      await payload.jobs.run({ allQueues: true, limit: 1000, where: { taskSlug: { equals: 'schedulePublish' } } })
      // Posted once the job's transaction has ended.
      await expiriesPosted()
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/could not reach the server to expire collection:reports/),
      )
    } finally {
      warn.mockRestore()
    }
    expect(await urls(`hedgerow ${tag}`)).toEqual([`/reports/${report.slug}`])
  })

  it('follows a slug change to the new address', async () => {
    const page = await createContent(world, 'pages', 'Allotments', 'published', { intro: `Allotments ${tag}` })
    await payload.update({ collection: 'pages', id: page.id, data: { slug: `allotments-moved-${tag}` }, ...asSystem })
    expect(await urls(`allotments ${tag}`)).toEqual([`/allotments-moved-${tag}`])
  })

  it('finds a report by its author after the member is renamed, and no longer by the old name', async () => {
    const member = await createContent(world, 'members', 'Quillfeather', 'published', {
      givenName: 'Odile',
      familyName: 'Quillfeather',
    })
    const report = await createContent(world, 'reports', 'Pollinator report', 'published', {
      abstract: `Pollinators ${tag}`,
      authors: [{ member: member.id }],
    })
    expect(await urls(`quillfeather pollinators ${tag}`)).toEqual([`/reports/${report.slug}`])
    await payload.update({ collection: 'members', id: member.id, data: { familyName: 'Thornbury' }, ...asSystem })
    expect(await urls(`thornbury pollinators ${tag}`)).toEqual([`/reports/${report.slug}`])
    expect(await urls(`quillfeather pollinators ${tag}`)).toEqual([])
  })

  it('filters by a theme after the theme is renamed (themes are indexed by id)', async () => {
    const theme = await createFixture(world, 'themes', { name: `Nature ${tag}`, slug: `nature-${tag}` })
    const project = await createContent(world, 'projects', 'Woodland', 'published', {
      summary: `Woodland ${tag}`,
      themes: [theme.id],
    })
    await payload.update({ collection: 'themes', id: theme.id, data: { name: `Green space ${tag}` }, ...asSystem })
    expect(await urls(`woodland ${tag}`, { themeIds: [theme.id] })).toEqual([`/projects/${project.slug}`])
  })

  it('rebuilds the same index from scratch', async () => {
    const project = await createContent(world, 'projects', 'Rebuild', 'published', { summary: `Rebuilt ${tag}` })
    const { entries } = await reindexSearch(payload)
    expect(entries).toBeGreaterThan(0)
    expect(await urls(`rebuilt ${tag}`)).toEqual([`/projects/${project.slug}`])
  })
})

describe('language', () => {
  it('matches English word forms, ignores accents, and reads acronyms from the keywords', async () => {
    const project = await createContent(world, 'projects', 'Prescribing', 'published', {
      summary: `Social prescribing in a café near Kühn Hall ${tag}`,
      searchKeywords: 'OXSOP, Oxford social prescribing',
    })
    const url = `/projects/${project.slug}`
    expect(await urls(`prescribed ${tag}`)).toEqual([url])
    expect(await urls(`cafe ${tag}`)).toEqual([url])
    expect(await urls(`kuhn ${tag}`)).toEqual([url])
    expect(await urls(`oxsop ${tag}`)).toEqual([url])
  })

  it('honours quoted phrases and -exclusions', async () => {
    const together = await createContent(world, 'posts', 'Phrase one', 'published', {
      excerpt: `A walk in green space ${tag}`,
    })
    const apart = await createContent(world, 'posts', 'Phrase two', 'published', {
      excerpt: `Green tea in a quiet space ${tag}`,
    })
    expect(await urls(`"green space" ${tag}`)).toEqual([`/news/${together.slug}`])
    expect((await urls(`green space ${tag}`)).sort()).toEqual([`/news/${together.slug}`, `/news/${apart.slug}`].sort())
    expect(await urls(`green space -tea ${tag}`)).toEqual([`/news/${together.slug}`])
    expect(await urls(`-"green space" ${tag} tea`)).toEqual([`/news/${apart.slug}`])
  })

  it('matches longer phrases and phrases with a stop word by position, as written', async () => {
    const longer = await createContent(world, 'posts', 'Phrase three', 'published', {
      excerpt: `Forest bathing groups meet weekly ${tag}`,
    })
    const shuffled = await createContent(world, 'posts', 'Phrase four', 'published', {
      excerpt: `Bathing forest groups, and forest bathing alone ${tag}`,
    })
    const gap = await createContent(world, 'posts', 'Phrase five', 'published', {
      excerpt: `A link to workers ${tag}`,
    })
    expect(await urls(`"forest bathing groups" ${tag}`)).toEqual([`/news/${longer.slug}`])
    expect((await urls(`"forest bathing" ${tag}`)).sort()).toEqual(
      [`/news/${longer.slug}`, `/news/${shuffled.slug}`].sort(),
    )
    expect(await urls(`"link to workers" ${tag}`)).toEqual([`/news/${gap.slug}`])
    // A stop word stands for any one word, as PostgreSQL reads phrases; plain neighbours are not it.
    expect(await urls(`"link workers" ${tag}`)).toEqual([])
  })

  it('ranks an exact title match first', async () => {
    const title = `Loneliness ${tag}`
    const mention = await createContent(world, 'posts', 'Mentions', 'published', {
      excerpt: `Loneliness loneliness loneliness, and more on loneliness ${tag}`,
    })
    const exact = await createFixture(world, 'projects', {
      ...contentData.projects(title),
      summary: 'A project about something.',
      _status: 'published',
    })
    const found = await urls(`loneliness ${tag}`)
    expect(found[0]).toBe(`/projects/${exact.slug}`)
    expect(found).toContain(`/news/${mention.slug}`)
  })

  it('ranks a title with the words above a newer document that has them only in its text', async () => {
    const titled = await createContent(world, 'posts', 'Heronwatch', 'published', {
      excerpt: `Notes on birds ${tag}`,
      publishedAt: '2021-01-01T00:00:00.000Z',
    })
    const mentioned = await createContent(world, 'posts', 'Other notes', 'published', {
      excerpt: `Heronwatch heronwatch heronwatch ${tag}`,
      publishedAt: '2025-01-01T00:00:00.000Z',
    })
    expect(await urls(`heronwatch ${tag}`)).toEqual([`/news/${titled.slug}`, `/news/${mentioned.slug}`])
    // With none of the words in either title, the newer comes first.
    const byDate = await urls(tag)
    expect(byDate.indexOf(`/news/${mentioned.slug}`)).toBeLessThan(byDate.indexOf(`/news/${titled.slug}`))
  })

  it('ranks all the words in a title above some of them, above none, page after page', async () => {
    const all = await createContent(world, 'posts', `Kestrel ledger ${tag}`, 'published', {
      excerpt: `Field notes ${tag}`,
      publishedAt: '2019-01-01T00:00:00.000Z',
    })
    const some = await createContent(world, 'posts', 'Kestrel notes', 'published', {
      excerpt: `About a ledger ${tag}`,
      publishedAt: '2022-01-01T00:00:00.000Z',
    })
    const none = await createContent(world, 'posts', 'Field diary', 'published', {
      excerpt: `Kestrel ledger kestrel ledger ${tag}`,
      publishedAt: '2025-01-01T00:00:00.000Z',
    })
    const expected = [`/news/${all.slug}`, `/news/${some.slug}`, `/news/${none.slug}`]
    expect(await urls(`kestrel ledger ${tag}`)).toEqual(expected)
    // Each page alone: the lower tiers are ranked only when the page reaches them.
    for (const [index, url] of expected.entries()) {
      expect(await urls(`kestrel ledger ${tag}`, { perPage: 1, page: index + 1 })).toEqual([url])
    }
    expect((await search(`kestrel ledger ${tag}`, { perPage: 1, page: 3 })).total).toBe(3)
  })

  it('finds a title holding all the words only when the whole query matches, and within the filters', async () => {
    const excluded = await createContent(world, 'posts', `Walking clubs ${tag}`, 'published', {
      excerpt: 'Walking clubs and loneliness',
    })
    const reordered = await createContent(world, 'posts', `Clubs for gardening ${tag}`, 'published', {
      excerpt: 'Allotments',
    })
    const url = (post: { slug?: string | null }) => `/news/${post.slug}`
    expect(await urls(`walking clubs ${tag}`)).toEqual([url(excluded)])
    expect(await urls(`walking clubs ${tag} -loneliness`)).toEqual([])
    expect(await urls(`walking clubs ${tag} or nothingelse`)).toEqual([url(excluded)])
    expect(await urls(`clubs gardening ${tag}`)).toEqual([url(reordered)])
    expect(await urls(`"gardening clubs" ${tag}`)).toEqual([])
    expect(await urls(`clubs ${tag}`, { kinds: ['project'] })).toEqual([])
    expect((await urls(`clubs ${tag}`, { kinds: ['news'] })).sort()).toEqual([url(excluded), url(reordered)].sort())
  })

  it('says when a query has no words to search for', async () => {
    expect((await search('the of and')).status).toBe('no-words')
    expect((await search('!!! ...')).status).toBe('no-words')
  })
})

describe('typos', () => {
  it('offers the corrected words when a query finds little', async () => {
    await createContent(world, 'projects', 'Befriending', 'published', { summary: `Befriending schemes ${tag}` })
    const result = await search(`befreinding ${tag}`)
    expect(result.total).toBe(0)
    expect(result.suggestion?.q).toBe(`befriending ${tag}`)
    expect(result.suggestion?.words.filter((word) => word.corrected).map((word) => word.text)).toEqual(['befriending'])
  })

  it('never suggests a word that only unpublished documents use', async () => {
    const gone = await createContent(world, 'projects', 'Vanished', 'published', { summary: `Zymurgical ${tag}` })
    await payload.update({ collection: 'projects', id: gone.id, data: { _status: 'draft' }, ...asSystem })
    const result = await search(`zymurgicle ${tag}`)
    expect(result.total).toBe(0)
    expect(result.suggestion).toBeNull()
  })
})

describe('facets', () => {
  it('counts each group with the other groups’ filters but not its own', async () => {
    const theme = await createFixture(world, 'themes', { name: `Arts ${tag}`, slug: `arts-${tag}` })
    await createContent(world, 'reports', 'Facet report 2023', 'published', {
      abstract: `Facetword ${tag}`,
      publishedOn: '2023-06-01T00:00:00.000Z',
      themes: [theme.id],
    })
    await createContent(world, 'reports', 'Facet report 2024', 'published', {
      abstract: `Facetword ${tag}`,
      publishedOn: '2024-06-01T00:00:00.000Z',
    })
    await createContent(world, 'posts', 'Facet post', 'published', {
      excerpt: `Facetword ${tag}`,
      publishedAt: '2024-02-01T00:00:00.000Z',
      themes: [theme.id],
    })
    const all = await search(`facetword ${tag}`)
    expect(all.total).toBe(3)
    expect(all.facets.kinds).toEqual([
      { value: 'report', count: 2 },
      { value: 'news', count: 1 },
    ])
    expect(all.facets.years).toEqual([
      { value: 2024, count: 2 },
      { value: 2023, count: 1 },
    ])
    expect(all.facets.themes).toEqual([{ value: theme.id, count: 2 }])

    const reports2024 = await search(`facetword ${tag}`, { kinds: ['report'], years: [2024] })
    expect(reports2024.total).toBe(1)
    expect(reports2024.hits).toHaveLength(1)
    // Kinds ignore the kind filter (both kinds in 2024), years ignore the year filter (reports only).
    expect(reports2024.facets.kinds).toEqual([
      { value: 'report', count: 1 },
      { value: 'news', count: 1 },
    ])
    expect(reports2024.facets.years).toEqual([
      { value: 2024, count: 1 },
      { value: 2023, count: 1 },
    ])
    expect(reports2024.facets.themes).toEqual([])
  })

  it('sorts by newest when asked', async () => {
    const older = await createContent(world, 'posts', 'Older', 'published', {
      excerpt: `Sortword sortword sortword ${tag}`,
      publishedAt: '2020-01-01T00:00:00.000Z',
    })
    const newer = await createContent(world, 'posts', 'Newer', 'published', {
      excerpt: `Sortword ${tag}`,
      publishedAt: '2025-01-01T00:00:00.000Z',
    })
    expect(await urls(`sortword ${tag}`, { sort: 'newest' })).toEqual([`/news/${newer.slug}`, `/news/${older.slug}`])
  })
})

describe('private content', () => {
  it('never finds a member’s contact address or messages setting', async () => {
    const member = await createContent(world, 'members', 'Privateperson', 'published', {
      shortBio: `Researcher ${tag}`,
      acceptsMessages: true,
    })
    await createFixture(world, 'member-contacts', { member: member.id, email: `hidden-${tag}@example.org` })
    expect(await urls(`researcher ${tag}`)).toEqual([`/members/${member.slug}`])
    expect((await search(`hidden-${tag}@example.org`)).total).toBe(0)
    expect((await search(`example ${tag}`)).total).toBe(0)
  })

  it('keeps a snippet’s markup as text', async () => {
    await createContent(world, 'posts', 'Markup', 'published', {
      excerpt: `Scripted <script>alert(1)</script> ${tag}`,
    })
    const [hit] = (await search(`scripted ${tag}`)).hits
    expect(hit?.snippet.map((part) => part.text).join('')).toContain('<script>alert(1)</script>')
  })
})

describe('PDF text', () => {
  it('finds a report by a phrase that is only in its PDF, once the queued job has read it', async () => {
    const phrase = `Tidal gardening ${tag}`
    const pdf = buildPdf({ title: 'Findings', paragraphs: [`The study found that ${phrase} helped.`] })
    const document = await payload.create({
      collection: 'documents',
      data: { title: `Findings ${tag}` },
      file: { data: pdf, mimetype: 'application/pdf', name: `findings-${tag}.pdf`, size: pdf.length },
      ...asSystem,
    })
    world.track('documents', document.id)
    const report = await createContent(world, 'reports', 'PDF report', 'published', { file: document.id })
    expect(await urls(`"${phrase}"`)).toEqual([])

    const stored = await readPdf(document.id)
    expect(await urls(`"${phrase}"`)).toEqual([`/reports/${report.slug}`])
    expect(stored.textLayer).toBe('found')
    // The text is for the index only: not in what the API returns, even to an administrator.
    expect(stored).not.toHaveProperty('extractedText')
    const anonymous = await payload.findByID({ collection: 'documents', id: document.id, ...world.as('anonymous') })
    expect(anonymous).not.toHaveProperty('textLayer')
  })

  it('tells editors when a PDF has no text layer', async () => {
    const document = await payload.create({
      collection: 'documents',
      data: { title: `Scan ${tag}` },
      file: pdfFile(`scan-${tag}`),
      ...asSystem,
    })
    world.track('documents', document.id)
    expect(document.textLayer).toBe('pending')
    expect((await readPdf(document.id)).textLayer).toBe('none')
  })

  it('ignores a text layer sent by a client', async () => {
    const document = await payload.create({
      collection: 'documents',
      data: { title: `Client ${tag}`, textLayer: 'found', extractedText: 'forged words' },
      file: pdfFile(`client-${tag}`),
      ...asSystem,
    })
    world.track('documents', document.id)
    expect(document.textLayer).toBe('pending')
    const updated = await payload.update({
      collection: 'documents',
      id: document.id,
      data: { textLayer: 'found' },
      ...asSystem,
    })
    expect(updated.textLayer).toBe('pending')
  })
})

describe('rich text', () => {
  it('indexes the words of a body', async () => {
    const post = await createContent(world, 'posts', 'Body', 'published', {
      body: richText(`Kingfishers nesting ${tag}`),
    })
    expect(await urls(`kingfisher ${tag}`)).toEqual([`/news/${post.slug}`])
  })

  it('shows the words around a match far into a long body', async () => {
    const filler = 'Nothing to see in this sentence. '.repeat(150)
    await createContent(world, 'posts', 'Long body', 'published', {
      body: richText(`${filler}Otterline sightings ${tag}`),
    })
    const [hit] = (await search(`otterline ${tag}`)).hits
    const matched = hit?.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())
    expect(matched).toContain('otterline')
  })
})
