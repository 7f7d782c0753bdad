import { documents } from '../data/documents'
import { media } from '../data/media'
import { renderArtwork } from '../images'
import { buildPdf } from '../pdf'
import { uploadOnce } from '../upsert'
import type { SeedContext } from './context'

/** Images are drawn and PDFs written at seed time; uploads give them their sizes and metadata. */
export async function seedFiles({ payload, refs }: SeedContext): Promise<void> {
  await Promise.all(
    media.map(async (image) => {
      const file = { filename: image.filename, mimetype: 'image/webp' as const, build: () => renderArtwork(image.art) }
      const data = {
        alt: image.alt,
        decorative: image.decorative ?? false,
        caption: image.caption,
        credit: image.credit,
      }
      refs.set('media', image.key, await uploadOnce(payload, 'media', file, data))
    }),
  )
  for (const document of documents) {
    const file = {
      filename: document.filename,
      mimetype: 'application/pdf' as const,
      build: () => buildPdf(document.pdf),
    }
    refs.set('documents', document.key, await uploadOnce(payload, 'documents', file, { title: document.title }))
  }
}
