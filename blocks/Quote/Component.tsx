import type { QuoteBlock } from '@/payload-types'
import styles from './styles.module.css'

/** A pull quote; blank lines in the quote start new paragraphs. */
export function QuoteBlockComponent({ block }: { block: QuoteBlock }) {
  const paragraphs = block.quote
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return (
    <figure className={`block ${styles.quote}`}>
      <blockquote className={styles.text}>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      {block.attribution && (
        <figcaption className={styles.attribution}>
          <span className={styles.name}>{block.attribution}</span>
          {block.role && <span>, {block.role}</span>}
        </figcaption>
      )}
    </figure>
  )
}
