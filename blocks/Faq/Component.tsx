import { RichText } from '@/components/cms/RichText'
import type { FaqBlock } from '@/payload-types'
import styles from './styles.module.css'

/** Questions that open to show their answers: native disclosure widgets, no script needed. */
export function FaqBlockComponent({ block }: { block: FaqBlock }) {
  const items = block.items ?? []
  if (items.length === 0) return null
  return (
    <section className={`block ${styles.faq}`}>
      {block.heading && <h2>{block.heading}</h2>}
      <div className={styles.items}>
        {items.map((item, index) => (
          <details key={item.id ?? index} className={styles.item}>
            <summary className={styles.question}>{item.question}</summary>
            <div className={styles.answer}>
              <RichText data={item.answer} />
            </div>
          </details>
        ))}
      </div>
    </section>
  )
}
