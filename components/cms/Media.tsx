import Image from 'next/image'

import type { Media as MediaDoc } from '@/payload-types'
import styles from './Media.module.css'

type ImageSize = keyof NonNullable<MediaDoc['sizes']>

/** What rendering needs of a media document, so queries may populate only these fields. */
export type MediaImage = Pick<MediaDoc, 'alt' | 'decorative' | 'url' | 'width' | 'height'> &
  Partial<Pick<MediaDoc, 'caption' | 'credit' | 'sizes'>>

interface MediaProps {
  /** A populated image; an id or null (not populated) renders nothing. */
  media: MediaImage | number | null | undefined
  /** A generated size to use instead of the original, when it exists. */
  size?: ImageSize
  /** The `sizes` attribute: how wide the image is shown, for choosing among the responsive widths. */
  sizes?: string
  /** Put the caption and credit under the image in a figure. */
  showCaption?: boolean
  /** Replaces the image's own caption (when `showCaption` is set). */
  caption?: string | null
  /** Load early: for the largest image above the fold only. */
  preload?: boolean
  className?: string
}

/**
 * An image from the CMS with its intrinsic width and height, so nothing shifts while it loads.
 * Decorative images get an empty alt and are skipped by screen readers.
 */
export function Media({ media, size, sizes, showCaption = false, caption, preload, className }: MediaProps) {
  if (!media || typeof media === 'number') return null
  const source = pickSource(media, size)
  if (!source) return null

  const image = (
    <Image
      src={source.url}
      width={source.width}
      height={source.height}
      alt={media.decorative ? '' : (media.alt ?? '')}
      sizes={sizes}
      preload={preload}
      className={className}
    />
  )

  const captionText = caption || media.caption
  if (!showCaption || (!captionText && !media.credit)) return image
  return (
    <figure className={styles.figure}>
      {image}
      <figcaption className={styles.caption}>
        {captionText}
        {media.credit && <span className={styles.credit}>{media.credit}</span>}
      </figcaption>
    </figure>
  )
}

interface ImageSource {
  url: string
  width: number
  height: number
}

function pickSource(media: MediaImage, size: ImageSize | undefined): ImageSource | null {
  const variant = size ? media.sizes?.[size] : undefined
  if (variant?.url && variant.width && variant.height) {
    return { url: sameOriginPath(variant.url), width: variant.width, height: variant.height }
  }
  if (media.url && media.width && media.height) {
    return { url: sameOriginPath(media.url), width: media.width, height: media.height }
  }
  return null
}

/**
 * Payload makes upload URLs absolute when `serverURL` is set, but the files are served by this site:
 * a path keeps them local for next/image, which would otherwise need the site's own host in
 * `images.remotePatterns`. Files on another host (a cloud storage adapter) are left as they are.
 */
function sameOriginPath(url: string): string {
  if (url.startsWith('/')) return url
  try {
    const parsed = new URL(url)
    return parsed.pathname.startsWith('/api/media/') ? `${parsed.pathname}${parsed.search}` : url
  } catch {
    return url
  }
}
