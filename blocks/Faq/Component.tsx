import { RichText } from '@/components/cms/RichText'
import type { FaqBlock } from '@/payload-types'

/** Questions that open to show their answers: native disclosure widgets, no script needed. */
export function FaqBlockComponent({ block }: { block: FaqBlock }) {
  const items = block.items ?? []
  if (items.length === 0) return null
  return (
    <section className="block faq">
      {block.heading && <h2>{block.heading}</h2>}
      <div className="faq__items">
        {items.map((item, index) => (
          <details key={item.id ?? index} className="faq__item">
            <summary className="faq__question">{item.question}</summary>
            <div className="faq__answer">
              <RichText data={item.answer} />
            </div>
          </details>
        ))}
      </div>
    </section>
  )
}
