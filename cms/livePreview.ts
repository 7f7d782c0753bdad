import { publicPath, type RoutedCollection } from '@/lib/paths'

export const previewableCollections: RoutedCollection[] = ['pages', 'projects', 'events', 'reports', 'posts', 'members']

/**
 * The address of the preview route for a document. The route itself checks that the request
 * comes from a signed-in user before turning on draft mode, so the link alone reveals nothing.
 */
export function previewUrl(siteUrl: string, collection: string, doc: Record<string, unknown>): string | null {
  if (!previewableCollections.includes(collection as RoutedCollection)) return null
  const path = publicPath(collection as RoutedCollection, doc)
  if (!path) return null
  return `${siteUrl}/next/preview?path=${encodeURIComponent(path)}`
}
