import { type CslItem, formatCitation } from '@/lib/citations/reportCitation'

import styles from './ReportCitation.module.css'

interface ReportCitationProps {
  csl: CslItem
  /** The report's public path; the citation files are served beside it. */
  path: string
  /** What the report is called in running text, e.g. "briefing". */
  noun: string
}

/** The reference in APA style to copy, and files for reference managers. */
export function ReportCitation({ csl, path, noun }: ReportCitationProps) {
  return (
    <section className={styles.citation} aria-labelledby="report-cite">
      <h2 id="report-cite">Cite this {noun}</h2>
      <p className={styles.style}>APA style:</p>
      <p className={styles.text}>{formatCitation(csl, 'apa')}</p>
      <ul className={styles.downloads}>
        <li>
          <a href={`${path}/citation.bib`} download>
            Download the citation as BibTeX (.bib)
          </a>
        </li>
        <li>
          <a href={`${path}/citation.ris`} download>
            Download the citation as RIS (.ris), for EndNote, Zotero or Mendeley
          </a>
        </li>
      </ul>
    </section>
  )
}
