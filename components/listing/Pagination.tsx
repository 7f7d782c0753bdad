import Link from 'next/link'

import styles from './Pagination.module.css'

interface PaginationProps {
  /** Accessible name of the landmark, e.g. "Pages of projects". */
  label: string
  current: number
  total: number
  href: (page: number) => string
}

/** The first, last, current and neighbouring pages, with `null` for the gaps between them. */
export function pageWindow(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b)
  return shown.flatMap((page, index) => {
    const previous = shown[index - 1]
    return previous !== undefined && page - previous > 1 ? [null, page] : [page]
  })
}

/** Previous, numbered and next links as plain links (no JavaScript); the current page has aria-current. */
export function Pagination({ label, current, total, href }: PaginationProps) {
  if (total <= 1) return null
  return (
    <nav aria-label={label} className={styles.pagination}>
      <ul>
        {current > 1 && (
          <li>
            <Link href={href(current - 1)} rel="prev">
              Previous page
            </Link>
          </li>
        )}
        {pageWindow(current, total).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link href={href(page)} aria-label={`Page ${page}`} aria-current={page === current ? 'page' : undefined}>
                {page}
              </Link>
            </li>
          ),
        )}
        {current < total && (
          <li>
            <Link href={href(current + 1)} rel="next">
              Next page
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
