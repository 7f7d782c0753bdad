import { Media } from '@/components/cms/Media'
import type { MediaBlock } from '@/payload-types'

/** How wide the image is shown, matching `.media-block--*` in blocks.css. */
const sizesByWidth = {
  content: '(min-width: 44rem) 42rem, calc(100vw - 2rem)',
  wide: '(min-width: 74rem) 70rem, calc(100vw - 2rem)',
} as const

/** One image, at text width or wide, with its caption and credit. */
export function MediaBlockComponent({ block }: { block: MediaBlock }) {
  const width = block.width ?? 'content'
  return (
    <div className={`block media-block media-block--${width}`}>
      <Media media={block.image} size="hero" sizes={sizesByWidth[width]} caption={block.caption} showCaption />
    </div>
  )
}
