/**
 * Public addresses of content. The single source for links, sitemaps, previews and the automatic
 * redirects created when a slug changes.
 */
export type RoutedCollection = 'pages' | 'projects' | 'events' | 'reports' | 'posts' | 'members'

interface Routable {
  slug?: string | null
  kind?: string | null
  breadcrumbs?: { url?: string | null }[] | null
}

export function publicPath(collection: RoutedCollection, doc: Routable): string | null {
  if (!doc.slug) return null
  switch (collection) {
    case 'pages': {
      if (doc.slug === 'home') return '/'
      const nested = doc.breadcrumbs?.at(-1)?.url
      return nested || `/${doc.slug}`
    }
    case 'projects':
      return `/projects/${doc.slug}`
    case 'events':
      return `/events/${doc.slug}`
    case 'reports':
      return `/reports/${doc.slug}`
    case 'posts':
      return `/${doc.kind === 'blog' ? 'blog' : 'news'}/${doc.slug}`
    case 'members':
      return `/members/${doc.slug}`
  }
}
