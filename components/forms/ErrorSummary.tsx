import type React from 'react'
import styles from './ErrorSummary.module.css'

export interface SummaryError {
  /** The id of the field the message is about; form-level messages have none. */
  href?: string
  message: string
}

/**
 * GOV.UK's error summary: a list of what to fix, each linked to its field. It is focused when it
 * appears (by the form, with JavaScript; by `autoFocus` on a page rendered after a plain POST).
 */
export function ErrorSummary({
  errors,
  summaryRef,
  focusOnLoad = false,
}: {
  errors: SummaryError[]
  summaryRef?: React.Ref<HTMLDivElement>
  /** Rendered into the HTML, so a browser without JavaScript focuses the summary on load. */
  focusOnLoad?: boolean
}) {
  if (errors.length === 0) return null
  return (
    <div
      className={styles.summary}
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      ref={summaryRef}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- GOV.UK's pattern: focus the summary of what to fix
      autoFocus={focusOnLoad}
    >
      <h2 id="error-summary-title" className={styles.title}>
        There is a problem
      </h2>
      <ul className={styles.list}>
        {errors.map((error) => (
          <li key={`${error.href ?? 'form'}-${error.message}`}>
            {error.href ? <a href={error.href}>{error.message}</a> : error.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
