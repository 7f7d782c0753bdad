import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import type { SqlExecutor } from './database'
import { searchKinds, type SearchKind } from './entries'
import { indexQuery } from './phrasePairs'

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

/**
 * Building a snippet reads every word of the text it is given, a few milliseconds for 20,000
 * characters, so it is given 2,000 around the first place the stem of a query word appears
 * ("prescrib" in "prescribing"), and the first 20,000 only when no match is there (a word
 * written with accents, or whose stem is not how it starts).
 */
const SNIPPET_NEAR_CHARS = 2_000
const SNIPPET_LEAD_CHARS = 400
const SNIPPET_FROM_CHARS = 20_000

/** Letters unaccent may add to a title ("Æ" becomes "AE"), for the exact-title test. */
const EXACT_LENGTH_SLACK = 3

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

/** The filters, on the columns of `from` (a table or query name in the statement) or unqualified. */
const kindFilter = (kinds: SearchKind[], from?: string) =>
  kinds.length ? sql`${column(from, 'kind')} = any(${pgArray(kinds)}::text[])` : sql`true`
const yearFilter = (years: number[], from?: string) =>
  years.length ? sql`${column(from, 'year')} = any(${pgArray(years)}::smallint[])` : sql`true`
const themeFilter = (themeIds: number[], from?: string) =>
  themeIds.length ? sql`${column(from, 'theme_ids')} && ${pgArray(themeIds)}::integer[]` : sql`true`
const column = (from: string | undefined, name: string) =>
  from ? sql`${sql.identifier(from)}.${sql.identifier(name)}` : sql.identifier(name)

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

/** The query's words, all required, as typed: to compare with titles, and to rank by. */
const allWordsOf = (q: string) =>
  plainWords(q)
    .split(' ')
    .filter((word) => word && word.toLowerCase() !== 'or')

/** What the index is searched with, as PostgreSQL reads the visitor's query. */
interface Match {
  /** The query with its phrases as word pairs (lib/search/phrasePairs.ts). */
  query: SQL
  /**
   * Whether the query is only words, all required (no phrase, exclusion or OR). A title or
   * keywords holding all of them is then always a match (the index holds their words too), so
   * the top tier of hits is found from the index of titles alone.
   */
  wordsOnly: boolean
}

/** What the index is searched with; null when the query has nothing to search for. */
async function matchQuery(db: SqlExecutor, q: string): Promise<Match | null> {
  const { rows } = await db.execute(
    sql`select numnode(query) as nodes, query::text as text, ${tsquery(allWordsOf(q).join(' '))}::text as words
        from ${tsquery(q)} as query`,
  )
  if (!(Number(rows[0]?.nodes ?? 0) > 0)) return null
  const text = String(rows[0]?.text)
  // Only quoted lexemes joined by &: nothing else is left once the lexemes are taken out.
  const wordsOnly = text === rows[0]?.words && /^[\s&]*$/.test(text.replace(/'(?:[^']|'')*'/g, ''))
  return { query: sql`${indexQuery(text)}::tsquery`, wordsOnly }
}

/**
 * PostgreSQL reads and tests every row for a word most documents contain, because it does not
 * know that testing a row means fetching its whole body vector (kilobytes, stored out of line).
 * The index already answers a query without phrases exactly, and narrows one with phrases to the
 * documents that have all its words, so searches always start from the index. Per transaction
 * only, as the shared connections serve Payload too.
 */
async function inSearchTransaction<T>(db: SqlExecutor, run: (db: SqlExecutor) => Promise<T>): Promise<T> {
  return db.transaction(async (transaction) => {
    // In one round trip. The matches of a common word are kept in memory once (work_mem), for the
    // counts and the tiers of hits.
    await transaction.execute(
      sql`select set_config('enable_seqscan', 'off', true), set_config('work_mem', '32MB', true), set_config('jit', 'off', true)`,
    )
    return run(transaction)
  })
}

type FacetRow = { facet: 'kind' | 'year' | 'theme'; value: string; count: number }
type HitRow = { kind: string; url: string; title: string; date: string | null; summary: string; headline: string }

/**
 * The counts for the filters. Each facet group's counts apply the other groups' filters but not
 * its own, so a visitor sees how many results each choice would add (as GOV.UK's finders and
 * Pagefind do). The matches are first counted by their kind, year and themes together (a few
 * hundred combinations at most), and each facet is summed from those counts.
 *
 * A word most documents contain must stay cheap at 100,000 documents, so the matches are read
 * as their small rows only (migrations/20261202_111503_search_speed.ts): never a summary, a body
 * or their vectors.
 */
function facetStatement(query: SiteSearchQuery, match: SQL): SQL {
  const kinds = kindFilter(query.kinds)
  const years = yearFilter(query.years)
  const themes = themeFilter(query.themeIds)
  return sql`
    with groups as (
      select kind, year, theme_ids, count(*)::int as count from site_search s where s.vec @@ ${match}
      group by kind, year, theme_ids),
    facets as (
      select 'kind' as facet, kind as value, sum(count)::int as count from groups where ${years} and ${themes} group by kind
      union all
      select 'year', year::text, sum(count)::int from groups where year is not null and ${kinds} and ${themes} group by year
      union all
      select 'theme', theme::text, sum(count)::int
        from groups, unnest(theme_ids) as theme where ${kinds} and ${years} group by theme)
    select json_agg(f) as facets from facets f`
}

/**
 * The page of hits. Documents rank in tiers: an exact title first, then those whose title or
 * keywords hold all the words of the query, then some of them (each tier by `ts_rank`: title
 * over keywords, then how often), then the rest by date.
 *
 * The filtered matches are read once, as their small rows. Ranking is the costly part, so a tier
 * is found through the index of titles and keywords (`rank_vec`) and ranked only when the tiers
 * above it do not fill the page.
 */
function hitsStatement(query: SiteSearchQuery, match: Match): SQL {
  const q = tsquery(query.q)
  const plain = plainWords(query.q)
  const words = allWordsOf(query.q)
  const kinds = kindFilter(query.kinds, 's')
  const years = yearFilter(query.years, 's')
  const themes = themeFilter(query.themeIds, 's')
  const anyWord = tsquery(words.join(' or '))
  const allWords = tsquery(words.join(' '))
  const order: SQL =
    query.sort === 'newest'
      ? sql`date desc nulls last, rank desc, collection, doc_id`
      : sql`rank desc, date desc nulls last, collection, doc_id`
  // Whether the tiers above hold fewer documents than the pages up to this one (always, sorting
  // by date): PostgreSQL then reads and ranks the next tier, and otherwise skips it.
  const enough = (above: SQL) =>
    query.sort === 'relevance' ? sql`${above} < ${query.page * query.perPage}` : sql`true`
  return sql`
    with m as materialized (
      select collection, doc_id, date from site_search s where s.vec @@ ${match.query} and ${kinds} and ${years} and ${themes}),
    -- Tier 1: all the words in the title or keywords (rank 1 and more; 3 and more for an exact title).
    tier1 as (
      select collection, doc_id, s.date,
             1 + ts_rank(s.rank_vec, ${anyWord}, 32)
               -- unaccent is costly per row; a title of another length cannot be the same words.
               + case when abs(char_length(s.title) - ${plain.length}) <= ${EXACT_LENGTH_SLACK}
                        and lower(public.unaccent(s.title)) = lower(public.unaccent(${plain})) then 2 else 0 end as rank
      -- Those of them that match, or all of them when the query is only words: then m is not read.
      from site_search s ${match.wordsOnly ? sql`` : sql`join m using (collection, doc_id)`}
      where s.rank_vec @@ ${allWords} and ${kinds} and ${years} and ${themes}),
    -- Tier 2, ranked only when tier 1 does not fill the page: some of the words (under 1, as
    -- ts_rank's normalisation 32 keeps it).
    tier2 as (
      select collection, doc_id, m.date, ts_rank(s.rank_vec, ${anyWord}, 32) as rank
      from site_search s join m using (collection, doc_id)
      where ${enough(sql`(select count(*) from tier1)`)}
        and s.rank_vec @@ ${anyWord} and not (s.rank_vec @@ ${allWords})),
    -- Tier 3, by date: none of the words in the title or keywords.
    tier3 as (
      select collection, doc_id, date, 0::real as rank from m
      where ${enough(sql`(select count(*) from tier1) + (select count(*) from tier2)`)}
        and (collection, doc_id) not in (select collection, doc_id from tier1 union all select collection, doc_id from tier2)),
    page as (
      select collection, doc_id, rank, date from (select * from tier1 union all select * from tier2 union all select * from tier3) ranked
      order by ${order}
      limit ${query.perPage} offset ${(query.page - 1) * query.perPage}),
    texts as (
      select p.*, s.kind, s.url, s.title, s.summary, left(s.summary || E'\\n' || s.body, ${SNIPPET_FROM_CHARS}) as text
      from page p join site_search s on s.collection = p.collection and s.doc_id = p.doc_id),
    hits as (
      select t.kind, t.url, t.title, t.date, t.summary, t.rank, t.collection, t.doc_id,
             case when strpos(near.headline, ${START}) > 0 then near.headline
               else ts_headline('public.site_en', translate(t.text, '<>', ${LESS + GREATER}), ${q}, ${HEADLINE_OPTIONS})
             end as headline
      from texts t,
      lateral (select min(nullif(strpos(lower(t.text), lexeme), 0)) as first
               from unnest(tsvector_to_array(to_tsvector('public.site_en', ${plain}))) as lexeme) found,
      lateral (select ts_headline('public.site_en',
                 translate(substr(t.text, greatest(1, coalesce(found.first, 1) - ${SNIPPET_LEAD_CHARS}), ${SNIPPET_NEAR_CHARS}), '<>', ${LESS + GREATER}),
                 ${q}, ${HEADLINE_OPTIONS}) as headline) near)
    select json_agg(json_build_object('kind', kind, 'url', url, 'title', title, 'date', date,
                                      'summary', summary, 'headline', headline) order by ${order}) as hits
    from hits`
}

function hitOf(row: HitRow): SiteSearchHit {
  const snippet = snippetParts(row.headline ?? '')
  return {
    kind: row.kind as SearchKind,
    url: row.url,
    title: row.title,
    date: row.date ? new Date(row.date).toISOString() : null,
    // No highlighted word in the text (the match was in the title or keywords): the summary reads better.
    snippet: snippet.some((part) => part.match) ? snippet : snippetParts((row.summary ?? '').slice(0, 240)),
  }
}

function facetsOf(rows: FacetRow[]): SiteSearchResult['facets'] {
  const facets: SiteSearchResult['facets'] = { kinds: [], themes: [], years: [] }
  for (const row of rows) {
    if (row.facet === 'kind') facets.kinds.push({ value: row.value as SearchKind, count: row.count })
    else if (row.facet === 'year') facets.years.push({ value: Number(row.value), count: row.count })
    else facets.themes.push({ value: Number(row.value), count: row.count })
  }
  const kindOrder = searchKinds.map((kind) => kind.value as string)
  facets.kinds.sort((a, b) => kindOrder.indexOf(a.value) - kindOrder.indexOf(b.value))
  facets.years.sort((a, b) => b.value - a.value)
  facets.themes.sort((a, b) => b.count - a.count || a.value - b.value)
  return facets
}

/** Whether a query finds more than `count` documents: reads at most `count + 1` of them. */
async function findsMoreThan(db: SqlExecutor, q: string, count: number): Promise<boolean> {
  const match = await matchQuery(db, q)
  if (!match) return false
  const { rows } = await db.execute(
    sql`select count(*)::int as count from (select 1 from site_search s where s.vec @@ ${match.query} limit ${count + 1}) found`,
  )
  return Number(rows[0]?.count ?? 0) > count
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
  if (!(await findsMoreThan(db, corrected, total))) return null
  return { q: corrected, words: parts }
}

/**
 * A search: its counts and its page of hits, as two statements at once on two of the pool's
 * connections (each reads the matches; run one after the other, a word most documents contain
 * takes their sum). `db` is the pool, never a transaction: two statements in one connection
 * would wait for each other.
 */
export async function searchSite(db: SqlExecutor, query: SiteSearchQuery): Promise<SiteSearchResult> {
  const empty = { total: 0, hits: [], facets: { kinds: [], themes: [], years: [] }, suggestion: null }
  const match = await matchQuery(db, query.q)
  if (!match) return { status: 'no-words', ...empty }
  const [facetRows, hitRows] = await Promise.all([
    inSearchTransaction(
      db,
      async (transaction) => (await transaction.execute(facetStatement(query, match.query))).rows,
    ),
    inSearchTransaction(db, async (transaction) => (await transaction.execute(hitsStatement(query, match))).rows),
  ])
  const facets = facetsOf((facetRows[0]?.facets as FacetRow[] | null) ?? [])
  const total = facets.kinds
    .filter((kind) => !query.kinds.length || query.kinds.includes(kind.value))
    .reduce((sum, kind) => sum + kind.count, 0)
  const suggestion =
    total < SUGGEST_BELOW ? await inSearchTransaction(db, (transaction) => suggest(transaction, query.q, total)) : null
  const hits = (hitRows[0]?.hits as HitRow[] | null) ?? []
  return { status: 'ok', total, hits: hits.map(hitOf), facets, suggestion }
}
