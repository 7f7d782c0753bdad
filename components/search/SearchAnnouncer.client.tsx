'use client'

import { useEffect } from 'react'

export const SEARCH_ANNOUNCER_ID = 'search-announcer'

/**
 * Puts a result page's count into the search's status region (app/(frontend)/[cv]/search/layout.tsx),
 * which stays in the page while results change, so screen readers say it once per search.
 */
export function SearchAnnouncer({ text }: { text: string }) {
  useEffect(() => {
    const region = document.getElementById(SEARCH_ANNOUNCER_ID)
    if (region) region.textContent = text
  }, [text])
  return null
}
