import type { Metadata } from 'next'

import { SearchPageView } from '@/components/search/SearchPageView'
import { readSearchRequest, searchFor } from '@/lib/queries/search'

/** Results depend on the query string: rendered per request, from the search index. */
export const dynamic = 'force-dynamic'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = await readSearchRequest(await searchParams)
  if (!request.q) return { title: 'Search', alternates: { canonical: '/search' } }
  const page = request.page > 1 ? ` (page ${request.page})` : ''
  // Result pages are for visitors, not for search engines' indexes.
  return { title: `${request.q} – Search${page}`, robots: { index: false, follow: true } }
}

export default async function SearchRoute({ searchParams }: Props) {
  const request = await readSearchRequest(await searchParams)
  const search = request.q ? await searchFor(request) : null
  return <SearchPageView search={search} q={request.q} />
}
