import styles from './ResultsCount.module.css'

interface ResultsCountProps {
  total: number
  /** Singular and plural: `['report', 'reports']`. */
  noun: readonly [string, string]
  /** What the results are narrowed to, after the noun: " about Evaluation methods". */
  qualifier?: string
  page: number
  totalPages: number
  /** What to say when there is nothing to show. */
  empty: string
  /** Given when the count heads the results section: it is then its `h2`. */
  headingId?: string
}

/** The one "N results" sentence: "12 completed projects on the theme Loneliness, page 1 of 2." */
export function resultsCountText({ total, noun, qualifier = '', page, totalPages, empty }: ResultsCountProps): string {
  if (total === 0) return empty
  const paging = totalPages > 1 ? `, page ${page} of ${totalPages}` : ''
  return `${total} ${total === 1 ? noun[0] : noun[1]}${qualifier}${paging}.`
}

export function ResultsCount(props: ResultsCountProps) {
  const text = resultsCountText(props)
  return props.headingId ? (
    <h2 id={props.headingId} className={styles.count}>
      {text}
    </h2>
  ) : (
    <p className={styles.count}>{text}</p>
  )
}
