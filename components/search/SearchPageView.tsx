import Link from 'next/link'

import { Pagination } from '@/components/listing/Pagination'
import { SEARCH_PER_PAGE, type SearchPage } from '@/lib/queries/search'

import { LiveSearch } from './LiveSearch.client'
import { SearchAnnouncer } from './SearchAnnouncer.client'
import { SearchFilters } from './SearchFilters'
import { searchHref } from './searchHref'
import { SearchResults } from './SearchResults'
import styles from './SearchPage.module.css'

const sections = [
  { href: '/projects', label: 'Projects' },
  { href: '/reports', label: 'Reports and publications' },
  { href: '/events', label: 'Events' },
  { href: '/news-and-views', label: 'News and views' },
  { href: '/members', label: 'Members' },
]

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`

/** The count above the results, also read out by the search's status region when results change. */
export function statusText(search: SearchPage | null): string {
  if (!search) return ''
  if (search.status === 'no-words') return `No words to search for in ‘${search.request.q}’`
  const { total, totalPages, request } = search
  const page = request.page > 1 && total > 0 ? `, page ${request.page} of ${totalPages}` : ''
  return `${plural(total, 'result', 'results')} for ‘${request.q}’${page}`
}

function Suggestion({ search }: { search: SearchPage }) {
  if (!search.suggestion) return null
  return (
    <p className={styles.suggestion}>
      Did you mean{' '}
      <Link href={searchHref(search.request, { q: search.suggestion.q, page: 1 })}>
        {search.suggestion.words.map((word, index) =>
          word.corrected ? <strong key={index}>{word.text}</strong> : word.text,
        )}
      </Link>
      ?
    </p>
  )
}

const filtered = ({ request }: SearchPage) => request.kinds.length + request.themes.length + request.years.length > 0

function NoResults({ search }: { search: SearchPage }) {
  return (
    <div className={styles.noResults}>
      <h2>There are no matching results</h2>
      <p>Improve your search results by:</p>
      <ul>
        {filtered(search) && (
          <li>
            removing filters (
            <Link href={searchHref(search.request, { kinds: [], themes: [], years: [], page: 1 })}>
              search without filters
            </Link>
            )
          </li>
        )}
        <li>checking your spelling</li>
        <li>using fewer or more general words</li>
        <li>searching for a phrase in quotes only when you need those exact words</li>
      </ul>
      <p>Or browse the site:</p>
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href}>{section.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The search page: one GET form for the words, filters and sort (no JavaScript needed, the
 * address is the state), then the count, a spelling suggestion, the results and pagination.
 */
export function SearchPageView({ search, q }: { search: SearchPage | null; q: string }) {
  const hasResults = search?.status === 'ok' && search.total > 0
  return (
    <div className={styles.page}>
      <h1>Search</h1>
      <search className={styles.search}>
        <form method="get" action="/search" className={styles.form} id="search-form">
          <div className={styles.query}>
            <label htmlFor="search-q" className={styles.queryLabel}>
              Search the network’s projects, people, events, reports and news
            </label>
            <p id="search-q-hint" className={styles.hint}>
              Use quotes for an exact phrase, and a minus sign to leave a word out:{' '}
              <code>{'"green space" -allotment'}</code>
            </p>
            <LiveSearch formId="search-form">
              <input
                id="search-q"
                type="search"
                name="q"
                defaultValue={q}
                maxLength={200}
                autoComplete="off"
                aria-describedby="search-q-hint search-live-hint"
                className={styles.queryInput}
              />
            </LiveSearch>
            <button type="submit" className={styles.submit}>
              Search
            </button>
          </div>
        </form>
      </search>
      <div className={styles.layout}>
        {search?.status === 'ok' && (search.total > 0 || filtered(search)) && (
          <SearchFilters search={search} formId="search-form" />
        )}
        <div className={styles.outcome}>
          {search && (
            <>
              <h2 className={styles.resultCount}>{statusText(search)}</h2>
              <SearchAnnouncer text={statusText(search)} />
            </>
          )}
          {search && <Suggestion search={search} />}
          {search && !hasResults && search.status === 'ok' && <NoResults search={search} />}
          {search?.status === 'no-words' && (
            <p>Try words that say what you are looking for, such as a topic, a place or a person’s name.</p>
          )}
          {search && hasResults && (
            <>
              <SearchResults hits={search.hits} start={(search.request.page - 1) * SEARCH_PER_PAGE + 1} />
              <Pagination
                label="Pages of search results"
                current={search.request.page}
                total={search.totalPages}
                href={(page) => searchHref(search.request, { page })}
              />
            </>
          )}
        </div>
      </div>
    </div>
  )
}
