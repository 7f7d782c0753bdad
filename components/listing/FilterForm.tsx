import Link from 'next/link'
import type { ReactNode } from 'react'

import styles from './FilterForm.module.css'

interface FilterFormProps {
  /** The listing's address; the form asks it for the chosen filters (from page 1). */
  action: string
  /** Accessible name, e.g. "Filter reports". */
  label: string
  /** Where "Clear filters" leads; no link while nothing is filtered. */
  clearHref?: string | null
  /** Parameters the form keeps but does not offer, such as the events' timing. */
  hidden?: Record<string, string | null | undefined>
  /** The `FilterSelect`s. */
  children: ReactNode
}

/** A GET form, so filtering works without JavaScript and every view has an address to share. */
export function FilterForm({ action, label, clearHref, hidden = {}, children }: FilterFormProps) {
  return (
    <form method="get" action={action} aria-label={label} className={styles.form}>
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {children}
      <div className={styles.actions}>
        <button type="submit" className="button">
          Apply filters
        </button>
        {clearHref && <Link href={clearHref}>Clear filters</Link>}
      </div>
    </form>
  )
}
