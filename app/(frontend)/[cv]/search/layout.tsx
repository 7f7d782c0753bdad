import type React from 'react'

import { SEARCH_ANNOUNCER_ID } from '@/components/search/SearchAnnouncer.client'

/**
 * Shared by the empty search page and every result page, so it stays in place while a live search
 * moves from one to the next: the one status region that says how many results there are.
 */
export default function SearchLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <div role="status" id={SEARCH_ANNOUNCER_ID} className="visually-hidden" />
    </>
  )
}
