import { expect, type APIRequestContext } from '@playwright/test'

/** One address of every kind of public page, the detail pages picked from the sitemap. */
export async function pageTypes(request: APIRequestContext): Promise<Record<string, string>> {
  const xml = await (await request.get('/sitemap.xml')).text()
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname)
  const first = (pattern: RegExp, name: string) => {
    const found = paths.find((path) => pattern.test(path))
    expect(found, `a ${name} in the sitemap`).toBeDefined()
    return found as string
  }
  return {
    home: '/',
    page: '/about',
    'nested page': '/what-is-social-prescribing/policy-context',
    'cookie policy': '/cookies',
    projects: '/projects',
    events: '/events',
    reports: '/reports',
    members: '/members',
    'news and views': '/news-and-views',
    news: '/news',
    blog: '/blog',
    project: first(/^\/projects\/[^/]+$/, 'project'),
    event: first(/^\/events\/[^/]+$/, 'event'),
    report: first(/^\/reports\/[^/]+$/, 'report'),
    member: first(/^\/members\/[^/]+$/, 'member'),
    'news item': first(/^\/news\/[^/]+$/, 'news item'),
    'blog post': first(/^\/blog\/[^/]+$/, 'blog post'),
    // With the comment form, approved comments and a reply (demo seed).
    'news item with comments': '/news/the-oxford-social-prescribing-research-network-launches',
    'comment sent': '/news/the-oxford-social-prescribing-research-network-launches/comment-sent',
    search: '/search',
    'search results': '/search?q=social+prescribing&type=report',
    'search without results': '/search?q=qqzzxxwy',
    'not found': '/no-such-page',
  }
}

/** Pages rendered per request by design: the contact and comment forms (a fresh token), filtered listings. */
export const perRequestPages = {
  contact: '/contact',
  'add a comment': '/news/the-oxford-social-prescribing-research-network-launches/comment',
  'filtered listing': '/events?when=past',
}
