import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { z } from 'zod'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { routedCollections } from '@/lib/paths'
import { searchDatabase } from '@/lib/search/database'
import { searchKinds, type SearchKind } from '@/lib/search/entries'
import { searchSite, type SearchSort, type SiteSearchResult } from '@/lib/search/searchSite'

import { getThemeOptions, type ThemeOption } from './themes'

export const SEARCH_PER_PAGE = 10
/** Longer queries are cut here: no one types more, and ranking cost grows with the words. */
export const MAX_QUERY_LENGTH = 200

export interface SearchRequest {
  q: string
  kinds: SearchKind[]
  themes: ThemeOption[]
  years: number[]
  sort: SearchSort
  page: number
}

export interface SearchPage extends SiteSearchResult {
  request: SearchRequest
  themes: ThemeOption[]
  totalPages: number
}

type RawParams = Record<string, string | string[] | undefined>

const many = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : [])
const kindValues = new Set<string>(searchKinds.map((kind) => kind.value))

/** Anything unexpected in the address (an unknown type or theme, a page that is not a number) is ignored. */
const paramsSchema = z.object({
  q: z.string().optional().catch(undefined),
  sort: z.enum(['relevance', 'newest']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
})

export async function readSearchRequest(params: RawParams): Promise<SearchRequest> {
  const parsed = paramsSchema.parse({
    q: many(params.q)[0],
    sort: many(params.sort)[0],
    page: many(params.page)[0],
  })
  const themeSlugs = new Set(many(params.theme))
  const themes = themeSlugs.size ? (await getThemeOptions()).filter((theme) => themeSlugs.has(theme.slug ?? '')) : []
  return {
    q: (parsed.q ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    kinds: many(params.type).filter((kind): kind is SearchKind => kindValues.has(kind)),
    themes,
    years: [
      ...new Set(
        many(params.year)
          .filter((year) => /^\d{4}$/.test(year))
          .map(Number),
      ),
    ],
    sort: parsed.sort ?? 'relevance',
    page: parsed.page ?? 1,
  }
}

/**
 * Anything public changing can change any search's results: every public collection's tag, and
 * documents (a PDF's text) and themes (their names in the filters).
 */
const SEARCH_TAGS = [...routedCollections, 'documents', 'themes'].map((collection) => cacheTags.collection(collection))

const cachedSearch = unstable_cache(
  async (key: string) => {
    const request = JSON.parse(key) as SearchRequest
    return searchSite(await searchDatabase(await getPayloadClient()), {
      q: request.q,
      kinds: request.kinds,
      themeIds: request.themes.map((theme) => theme.id),
      years: request.years,
      sort: request.sort,
      page: request.page,
      perPage: SEARCH_PER_PAGE,
    })
  },
  ['site-search'],
  { tags: SEARCH_TAGS },
)

/**
 * One search, shared by the page and its metadata, its results cached until content changes.
 * Only public documents are in the index (lib/search/indexEntries.ts), so nothing here needs the
 * visitor's rights.
 */
export const runSearch = cache(async (key: string): Promise<SearchPage> => {
  const request = JSON.parse(key) as SearchRequest
  const [result, themes] = await Promise.all([cachedSearch(key), getThemeOptions()])
  return { ...result, request, themes, totalPages: Math.max(1, Math.ceil(result.total / SEARCH_PER_PAGE)) }
})

/** React's cache keys on the argument's identity: the request travels as a string. */
export const searchFor = (request: SearchRequest) => runSearch(JSON.stringify(request))
