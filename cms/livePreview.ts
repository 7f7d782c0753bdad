import { isRoutedCollection, publicPath } from '@/lib/paths'

/**
 * The address of the preview route for a document. The route itself checks that the request
 * comes from a signed-in user before turning on draft mode, so the link alone reveals nothing.
 */
export function previewUrl(siteUrl: string, collection: string, doc: Record<string, unknown>): string | null {
  if (!isRoutedCollection(collection)) return null
  const path = publicPath(collection, doc)
  if (!path) return null
  return `${siteUrl}/next/preview?path=${encodeURIComponent(path)}`
}
