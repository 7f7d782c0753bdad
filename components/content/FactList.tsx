import type React from 'react'
import styles from './FactList.module.css'

export interface Fact {
  term: string
  value: React.ReactNode
}

/** Key facts about an item as a description list; empty values are left out. */
export function FactList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== '')
  if (shown.length === 0) return null
  return (
    <dl className={styles.facts}>
      {shown.map((fact) => (
        <div key={fact.term}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
