import type { RoutedCollection } from '@/lib/paths'

/** Every routed collection has public pages, so every one is searched. */
export const routedCollections: readonly RoutedCollection[] = [
  'pages',
  'projects',
  'members',
  'events',
  'reports',
  'posts',
]
