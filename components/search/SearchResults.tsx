import Link from 'next/link'

import { formatDate } from '@/lib/format/dates'
import { searchKinds } from '@/lib/search/entries'
import type { SiteSearchHit } from '@/lib/search/searchSite'

import styles from './SearchPage.module.css'

const kindName = (kind: SiteSearchHit['kind']) => searchKinds.find((option) => option.value === kind)?.one ?? 'Page'

/** Results in rank order; the words that matched are marked in the snippet (text, never markup). */
export function SearchResults({ hits, start }: { hits: SiteSearchHit[]; start: number }) {
  return (
    <ol className={styles.results} start={start}>
      {hits.map((hit) => (
        <li key={hit.url} className={styles.result}>
          <h3 className={styles.resultTitle}>
            <Link href={hit.url}>{hit.title}</Link>
          </h3>
          <p className={styles.meta}>
            {kindName(hit.kind)}
            {hit.date && (
              <>
                {' · '}
                <time dateTime={hit.date}>{formatDate(hit.date)}</time>
              </>
            )}
          </p>
          {hit.snippet.length > 0 && (
            <p className={styles.snippet}>
              {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
