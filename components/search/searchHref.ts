import type { SearchRequest } from '@/lib/queries/search'

/** The address of a search: the state is in the URL, so results can be shared and the back button works. */
export function searchHref(request: SearchRequest, changes: Partial<SearchRequest> = {}): string {
  const next = { ...request, ...changes }
  const params = new URLSearchParams()
  if (next.q) params.set('q', next.q)
  for (const kind of next.kinds) params.append('type', kind)
  for (const theme of next.themes) if (theme.slug) params.append('theme', theme.slug)
  for (const year of next.years) params.append('year', String(year))
  if (next.sort !== 'relevance') params.set('sort', next.sort)
  if (next.page > 1) params.set('page', String(next.page))
  const query = params.toString()
  return query ? `/search?${query}` : '/search'
}
