import { Media } from '@/components/cms/Media'
import type { MediaBlock } from '@/payload-types'
import styles from './styles.module.css'

/** How wide the image is shown, matching the width classes in styles.module.css. */
const sizesByWidth = {
  content: '(min-width: 44rem) 42rem, calc(100vw - 2rem)',
  wide: '(min-width: 74rem) 70rem, calc(100vw - 2rem)',
} as const

/** One image, at text width or wide, with its caption and credit. */
export function MediaBlockComponent({ block }: { block: MediaBlock }) {
  const width = block.width ?? 'content'
  return (
    <div className={['block', styles.media, styles[width]].filter(Boolean).join(' ')}>
      <Media media={block.image} size="hero" sizes={sizesByWidth[width]} caption={block.caption} showCaption />
    </div>
  )
}
