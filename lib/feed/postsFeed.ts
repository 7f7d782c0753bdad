/** The Atom feed of news and blog posts: its address and type, advertised in the <head> of every page. */
export const POSTS_FEED = {
  path: '/feed.xml',
  type: 'application/atom+xml',
  title: 'News and blogs (Atom feed)',
} as const
