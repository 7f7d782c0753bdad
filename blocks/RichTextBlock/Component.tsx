import { RichText } from '@/components/cms/RichText'
import type { RichTextBlock } from '@/payload-types'

/** Free text written in the editor. */
export function RichTextBlockComponent({ block }: { block: RichTextBlock }) {
  return (
    <div className="block">
      <RichText data={block.content} />
    </div>
  )
}
