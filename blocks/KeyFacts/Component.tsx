import type { KeyFactsBlock } from '@/payload-types'

/** A few headline figures, each read with its label ("3 million people are referred each year"). */
export function KeyFactsBlockComponent({ block }: { block: KeyFactsBlock }) {
  const facts = block.facts ?? []
  if (facts.length === 0) return null
  return (
    <section className="block key-facts">
      {block.heading && <h2>{block.heading}</h2>}
      <ul className="key-facts__list">
        {facts.map((fact, index) => (
          <li key={fact.id ?? index} className="key-facts__item">
            <span className="key-facts__figure">{fact.figure}</span>{' '}
            <span className="key-facts__label">{fact.label}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
