import type { QuoteBlock } from '@/payload-types'

/** A pull quote; blank lines in the quote start new paragraphs. */
export function QuoteBlockComponent({ block }: { block: QuoteBlock }) {
  const paragraphs = block.quote
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return (
    <figure className="block quote">
      <blockquote className="quote__text">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      {block.attribution && (
        <figcaption className="quote__attribution">
          <span className="quote__name">{block.attribution}</span>
          {block.role && <span className="quote__role">, {block.role}</span>}
        </figcaption>
      )}
    </figure>
  )
}
