import type { Metadata } from 'next'

import { SearchPageView } from '@/components/search/SearchPageView'
import { readSearchRequest, searchFor } from '@/lib/queries/search'
import { searchKeyOf } from '@/server/searchKey.mjs'

interface Props {
  /** The search's query string in canonical form, as one path segment (server/searchKey.mjs). */
  params: Promise<{ query: string }>
}

const requestOf = async ({ params }: Props) =>
  readSearchRequest(Object.fromEntries(groupParams(new URLSearchParams(searchKeyOf((await params).query)))))

function groupParams(params: URLSearchParams): [string, string[]][] {
  return [...new Set(params.keys())].map((key) => [key, params.getAll(key)])
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const request = await requestOf(props)
  const page = request.page > 1 ? ` (page ${request.page})` : ''
  // Result pages are for visitors, not for search engines' indexes.
  return { title: `${request.q} – Search${page}`, robots: { index: false, follow: true } }
}

/**
 * `/search?q=…`: each distinct search is rendered once and served from the cache until content
 * changes (the preload addresses it by its canonical query), like any other page.
 */
export default async function SearchResultsRoute(props: Props) {
  const request = await requestOf(props)
  return <SearchPageView search={await searchFor(request)} q={request.q} />
}

/** Searches are rendered on their first request; `next build` needs no database. */
export function generateStaticParams(): { query: string }[] {
  return []
}
