import type { KeyFactsBlock } from '@/payload-types'
import styles from './styles.module.css'

/** A few headline figures, each read with its label ("3 million people are referred each year"). */
export function KeyFactsBlockComponent({ block }: { block: KeyFactsBlock }) {
  const facts = block.facts ?? []
  if (facts.length === 0) return null
  return (
    <section className="block">
      {block.heading && <h2>{block.heading}</h2>}
      <ul className={styles.list}>
        {facts.map((fact, index) => (
          <li key={fact.id ?? index} className={styles.item}>
            <span className={styles.figure}>{fact.figure}</span> <span className={styles.label}>{fact.label}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
