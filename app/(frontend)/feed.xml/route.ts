import { serverEnv } from '@/lib/env'
import { buildPostsFeed, getFeedPosts, POSTS_FEED } from '@/lib/queries/posts'
import { getSiteSettings } from '@/lib/queries/siteSettings'

// Built per request from cached queries, so a publish shows on the next request.
export const dynamic = 'force-dynamic'

/** The Atom feed of news and blog posts, linked from the listings and advertised in their <head>. */
export async function GET(): Promise<Response> {
  const [posts, settings] = await Promise.all([getFeedPosts(), getSiteSettings()])
  const xml = buildPostsFeed(posts, {
    siteUrl: serverEnv().SITE_URL,
    siteName: settings.siteName,
    tagline: settings.tagline,
  })
  return new Response(xml, {
    headers: {
      'Content-Type': `${POSTS_FEED.type}; charset=utf-8`,
      // Feed readers poll; a few minutes' reuse spares the server without hiding news for long.
      'Cache-Control': 'public, max-age=300',
    },
  })
}
