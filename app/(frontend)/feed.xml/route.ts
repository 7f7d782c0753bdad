import { serverEnv } from '@/lib/env'
import { buildPostsFeed } from '@/lib/feed/buildPostsFeed'
import { POSTS_FEED } from '@/lib/feed/postsFeed'
import { conditionalResponse } from '@/lib/http/conditionalResponse'
import { getFeedPosts } from '@/lib/queries/posts'
import { getSiteSettings } from '@/lib/queries/siteSettings'

// Built per request from cached queries, so a publish shows on the next request; a reader that
// already has the current feed gets 304. (A cached route would be built by `next build`, which
// has no database.)
export const dynamic = 'force-dynamic'

/** The Atom feed of news and blog posts, advertised in the <head> of every page. */
export async function GET(request: Request): Promise<Response> {
  const [posts, settings] = await Promise.all([getFeedPosts(), getSiteSettings()])
  const xml = buildPostsFeed(posts, {
    siteUrl: serverEnv().SITE_URL,
    siteName: settings.siteName,
    tagline: settings.tagline,
  })
  return conditionalResponse(request, xml, {
    'Content-Type': `${POSTS_FEED.type}; charset=utf-8`,
    // Feed readers poll; a few minutes' reuse spares the server without hiding news for long.
    'Cache-Control': 'public, max-age=300',
  })
}
