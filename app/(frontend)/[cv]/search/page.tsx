import type { Metadata } from 'next'

import { SearchPageView } from '@/components/search/SearchPageView'

export const metadata: Metadata = { title: 'Search', alternates: { canonical: '/search' } }

/** `/search` with nothing typed yet: the form, the same for everyone, cached. Searches: ./[query]. */
export default function SearchRoute() {
  return <SearchPageView search={null} q="" />
}
