import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import type { SqlExecutor } from './database'
import { searchKinds, type SearchKind } from './entries'

export type SearchSort = 'relevance' | 'newest'

export interface SiteSearchQuery {
  /** What the visitor typed: words, "quoted phrases", -exclusions, OR. */
  q: string
  kinds: SearchKind[]
  themeIds: number[]
  years: number[]
  sort: SearchSort
  page: number
  perPage: number
}

/** A piece of a snippet; `match` pieces are the words the query found. Plain text, never HTML. */
export interface SnippetPart {
  text: string
  match: boolean
}

export interface SiteSearchHit {
  kind: SearchKind
  url: string
  title: string
  date: string | null
  snippet: SnippetPart[]
}

export interface FacetCount<Value> {
  value: Value
  count: number
}

export interface Suggestion {
  /** The corrected query, to search for. */
  q: string
  /** The corrected query word by word, so the page can show which words changed. */
  words: { text: string; corrected: boolean }[]
}

export interface SiteSearchResult {
  /** `no-words`: the query has nothing to search for (only punctuation or words like "the"). */
  status: 'ok' | 'no-words'
  total: number
  hits: SiteSearchHit[]
  facets: { kinds: FacetCount<SearchKind>[]; themes: FacetCount<number>[]; years: FacetCount<number>[] }
  suggestion: Suggestion | null
}

/** Highlights come back from ts_headline between these private-use characters, stripped from indexed text. */
const START = '\uE000'
const STOP = '\uE001'
/**
 * PostgreSQL's parser reads `<script>` in a text as a tag and ts_headline leaves it out; a text that
 * mentions markup must show it as written, so angle brackets travel as private-use characters.
 */
const LESS = '\uE002'
const GREATER = '\uE003'
const HEADLINE_OPTIONS = `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", StartSel=${START}, StopSel=${STOP}`

/** Fewer results than this and the page offers a corrected spelling, if one finds more. */
const SUGGEST_BELOW = 3
/** How alike (pg_trgm similarity, 0 to 1) a known word must be to replace a typed one. */
const MIN_SIMILARITY = 0.4

/**
 * An array as one parameter in PostgreSQL's literal form (drizzle would spread a JS array into a
 * list of parameters). Every element is quoted, with quotes and backslashes escaped.
 */
export const pgArray = (values: readonly (string | number)[]) =>
  `{${values.map((value) => `"${String(value).replace(/["\\]/g, '\\$&')}"`).join(',')}}`

const tsquery = (q: string) => sql`websearch_to_tsquery('public.site_en', ${q})`

const kindFilter = (kinds: SearchKind[]) => (kinds.length ? sql`s.kind = any(${pgArray(kinds)}::text[])` : sql`true`)
const yearFilter = (years: number[]) => (years.length ? sql`s.year = any(${pgArray(years)}::smallint[])` : sql`true`)
const themeFilter = (themeIds: number[]) =>
  themeIds.length ? sql`s.theme_ids && ${pgArray(themeIds)}::integer[]` : sql`true`

/** The query without its operators, to compare with titles: an exact title match ranks first. */
const plainWords = (q: string) =>
  q
    .replace(/(^|\s)-\S+/g, ' ')
    .replace(/["()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  const text = headline.replaceAll(LESS, '<').replaceAll(GREATER, '>')
  for (const [index, piece] of text.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 })
  }
  return parts
}

async function hasSearchableWords(db: SqlExecutor, q: string): Promise<boolean> {
  const { rows } = await db.execute(sql`select numnode(${tsquery(q)}) as nodes`)
  return Number(rows[0]?.nodes ?? 0) > 0
}

async function findHits(db: SqlExecutor, query: SiteSearchQuery): Promise<SiteSearchHit[]> {
  const exact = plainWords(query.q)
  const order: SQL =
    query.sort === 'newest'
      ? sql`date desc nulls last, rank desc, collection, doc_id`
      : sql`rank desc, date desc nulls last, collection, doc_id`
  const { rows } = await db.execute(sql`
    with hits as (
      select s.collection, s.doc_id, s.kind, s.url, s.title, s.summary, s.body, s.date,
             ts_rank_cd(s.head_vec, ${tsquery(query.q)}, 32)
               + case when lower(public.unaccent(s.title)) = lower(public.unaccent(${exact})) then 2 else 0 end as rank
      from site_search s
      where s.vec @@ ${tsquery(query.q)} and ${kindFilter(query.kinds)} and ${yearFilter(query.years)} and ${themeFilter(query.themeIds)}
      order by ${order}
      limit ${query.perPage} offset ${(query.page - 1) * query.perPage})
    select h.kind, h.url, h.title, h.date, h.summary,
           ts_headline('public.site_en', translate(left(h.summary || E'\\n' || h.body, 20000), '<>', ${LESS + GREATER}), ${tsquery(query.q)}, ${HEADLINE_OPTIONS}) as headline
    from hits h
    order by ${order}`)
  return rows.map((row) => {
    const headline = String(row.headline ?? '')
    const snippet = snippetParts(headline)
    return {
      kind: row.kind as SearchKind,
      url: String(row.url),
      title: String(row.title),
      date: row.date ? new Date(row.date as string).toISOString() : null,
      // No highlighted word in the text (the match was in the title or keywords): the summary reads better.
      snippet: snippet.some((part) => part.match) ? snippet : snippetParts(String(row.summary ?? '').slice(0, 240)),
    }
  })
}

/**
 * Counts for the filters. Each group's counts apply the other groups' filters but not its own,
 * so a visitor sees how many results each choice would add (as GOV.UK's finders and Pagefind do).
 */
async function countFacets(db: SqlExecutor, query: SiteSearchQuery): Promise<SiteSearchResult['facets']> {
  const { rows } = await db.execute(sql`
    with s as materialized (select s.kind, s.year, s.theme_ids from site_search s where s.vec @@ ${tsquery(query.q)})
    select 'kind' as facet, s.kind as value, count(*)::int as count from s
      where ${yearFilter(query.years)} and ${themeFilter(query.themeIds)} group by s.kind
    union all
    select 'year', s.year::text, count(*)::int from s
      where s.year is not null and ${kindFilter(query.kinds)} and ${themeFilter(query.themeIds)} group by s.year
    union all
    select 'theme', theme::text, count(*)::int from s, unnest(s.theme_ids) as theme
      where ${kindFilter(query.kinds)} and ${yearFilter(query.years)} group by theme`)
  const facets: SiteSearchResult['facets'] = { kinds: [], themes: [], years: [] }
  for (const row of rows) {
    const count = Number(row.count)
    if (row.facet === 'kind') facets.kinds.push({ value: row.value as SearchKind, count })
    else if (row.facet === 'year') facets.years.push({ value: Number(row.value), count })
    else facets.themes.push({ value: Number(row.value), count })
  }
  const kindOrder = searchKinds.map((kind) => kind.value as string)
  facets.kinds.sort((a, b) => kindOrder.indexOf(a.value) - kindOrder.indexOf(b.value))
  facets.years.sort((a, b) => b.value - a.value)
  facets.themes.sort((a, b) => b.count - a.count || a.value - b.value)
  return facets
}

async function countMatches(db: SqlExecutor, q: string): Promise<number> {
  const { rows } = await db.execute(sql`select count(*)::int as count from site_search s where s.vec @@ ${tsquery(q)}`)
  return Number(rows[0]?.count ?? 0)
}

/** The words of a query that could be misspelt: not excluded, not in quotes, three letters or more. */
function typedWords(q: string): string[] {
  const unquoted = q.replace(/"[^"]*"/g, ' ').replace(/(^|\s)-\S+/g, ' ')
  return [...new Set(unquoted.match(/\p{L}{3,}/gu) ?? [])].filter((word) => word.toLowerCase() !== 'or')
}

/**
 * "Did you mean": each typed word that no public document uses is replaced by the most similar
 * word that one does (trigram similarity over the index's words). The corrected query is offered
 * only when it finds more than the typed one, so it never points at nothing, and never at words
 * of documents that are no longer public.
 */
async function suggest(db: SqlExecutor, q: string, total: number): Promise<Suggestion | null> {
  const words = typedWords(q)
  if (!words.length) return null
  const { rows } = await db.execute(sql`
    select typed.word,
           exists (select 1 from site_search_words w where w.word = lower(public.unaccent(typed.word))) as known,
           best.word as best, best.score
    from unnest(${pgArray(words)}::text[]) as typed(word)
    left join lateral (
      select w.word, similarity(w.word, lower(public.unaccent(typed.word))) as score
      from site_search_words w
      where w.word % lower(public.unaccent(typed.word))
      order by score desc, w.ndoc desc, w.word
      limit 1) best on true`)
  const replacements = new Map<string, string>()
  for (const row of rows) {
    if (!row.known && row.best && Number(row.score) >= MIN_SIMILARITY)
      replacements.set(String(row.word), String(row.best))
  }
  if (!replacements.size) return null
  const parts: Suggestion['words'] = []
  const corrected = q.replace(/\p{L}+/gu, (word) => replacements.get(word) ?? word)
  for (const piece of q.split(/(\p{L}+)/u)) {
    if (!piece) continue
    const replacement = replacements.get(piece)
    parts.push({ text: replacement ?? piece, corrected: Boolean(replacement) })
  }
  if ((await countMatches(db, corrected)) <= total) return null
  return { q: corrected, words: parts }
}

export async function searchSite(db: SqlExecutor, query: SiteSearchQuery): Promise<SiteSearchResult> {
  const empty = { total: 0, hits: [], facets: { kinds: [], themes: [], years: [] }, suggestion: null }
  if (!(await hasSearchableWords(db, query.q))) return { status: 'no-words', ...empty }
  const [hits, facets] = await Promise.all([findHits(db, query), countFacets(db, query)])
  const total = facets.kinds
    .filter((kind) => !query.kinds.length || query.kinds.includes(kind.value))
    .reduce((sum, kind) => sum + kind.count, 0)
  const suggestion = total < SUGGEST_BELOW ? await suggest(db, query.q, total) : null
  return { status: 'ok', total, hits, facets, suggestion }
}
