/**
 * Public addresses of content. The single source for links, sitemaps, previews and the automatic
 * redirects created when a slug changes.
 */

/** The collections whose documents have a page of their own: previews, the sitemap and SEO fields use this list. */
export const routedCollections = ['pages', 'projects', 'events', 'reports', 'posts', 'members'] as const
export type RoutedCollection = (typeof routedCollections)[number]

export function isRoutedCollection(collection: string): collection is RoutedCollection {
  return (routedCollections as readonly string[]).includes(collection)
}

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

/**
 * The absolute address of a public path on the site (`siteUrl` as `serverEnv().SITE_URL`), for
 * structured data, feeds and emails, which are read away from the page. An address that is already
 * absolute (a file on another host) is returned as it is.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href
}
