import Link from 'next/link'

import { visibleAuthors } from '@/lib/citations/reportCitation'
import { optionLabel, reportTypes } from '@/lib/content/options'
import { formatDate } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import type { ReportListItem as ReportListItemData } from '@/lib/queries/reports'
import styles from './ReportListItem.module.css'

/** A report in the listing: type, date, authors and the start of its abstract. */
export function ReportListItem({ report }: { report: ReportListItemData }) {
  const path = publicPath('reports', report)
  const authors = visibleAuthors(report.authors).map((author) => author.name)
  return (
    <li className={styles.item}>
      <h2 className={styles.title}>{path ? <Link href={path}>{report.title}</Link> : report.title}</h2>
      <p className={styles.meta}>
        <span className={styles.type}>{optionLabel(reportTypes, report.reportType)}</span>,{' '}
        <time dateTime={report.publishedOn}>{formatDate(report.publishedOn)}</time>
      </p>
      {authors.length > 0 && <p className={styles.meta}>By {authors.join(', ')}</p>}
      <p className={styles.excerpt}>{excerpt(report.abstract)}</p>
    </li>
  )
}

/** Long abstracts are cut at a word so the list stays scannable; the full text is one click away. */
function excerpt(text: string, max = 240): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`
}
