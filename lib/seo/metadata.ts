import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

interface WithMeta {
  title?: string | null
  name?: string | null
  meta?: { title?: string | null; description?: string | null; image?: number | Media | null } | null
}

/** Page metadata from a document's SEO fields, falling back to its title and a summary. */
export function metadataFor(doc: WithMeta, path: string, fallbackDescription?: string | null): Metadata {
  const title = doc.meta?.title ? { absolute: doc.meta.title } : (doc.title ?? doc.name ?? undefined)
  const description = doc.meta?.description || fallbackDescription || undefined
  const image = typeof doc.meta?.image === 'object' && doc.meta.image?.url ? doc.meta.image.url : undefined
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title: doc.meta?.title ?? doc.title ?? doc.name ?? undefined,
      description,
      url: path,
      images: image ? [image] : undefined,
    },
  }
}
