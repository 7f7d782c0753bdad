import { Feed } from 'feed'

import { optionLabel, postKinds } from '@/lib/content/options'
import { publicPath } from '@/lib/paths'
import type { Member, Post, Theme } from '@/payload-types'

import { POSTS_FEED } from './postsFeed'
import { attributeText, escapeHtml, xmlText } from './xmlText'

type FeedAuthor = Pick<Member, 'id' | 'name' | 'slug'>
type FeedTheme = Pick<Theme, 'id' | 'name' | 'slug'>

/** A post as the feed shows it. Unpublished authors and themes stay bare ids and are left out. */
export type FeedPost = Pick<
  Post,
  'id' | 'kind' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'updatedAt' | 'createdAt'
> & {
  authors?: (number | FeedAuthor)[] | null
  themes?: (number | FeedTheme)[] | null
}

export interface FeedSite {
  /** Absolute, without a trailing slash (as `serverEnv().SITE_URL`). */
  siteUrl: string
  siteName: string
  tagline?: string | null
}

/**
 * The Atom feed of news and blog posts, newest first, with absolute links.
 *
 * The `feed` library writes titles and summaries as `type="html"` in CDATA and only escapes `&` in
 * attributes, so text from the CMS is HTML-escaped here (a title is never markup), characters XML
 * cannot carry are dropped, and `<` is kept out of category attributes.
 */
export function buildPostsFeed(posts: FeedPost[], site: FeedSite): string {
  const base = site.siteUrl.replace(/\/+$/, '')
  const entries = [...posts].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || Number(b.id) - Number(a.id),
  )
  const updated = entries.reduce<Date | null>((latest, post) => {
    const date = entryUpdated(post)
    return !latest || date > latest ? date : latest
  }, null)
  const feed = new Feed({
    id: `${base}${POSTS_FEED.path}`,
    title: xmlText(`${site.siteName}: news and blogs`),
    description: site.tagline ? xmlText(site.tagline) : undefined,
    link: `${base}/news-and-views`,
    feedLinks: { atom: `${base}${POSTS_FEED.path}` },
    // Atom requires an author for every entry: the network stands in for posts without named authors.
    author: { name: xmlText(site.siteName), link: `${base}/` },
    updated: updated ?? new Date(),
    generator: false,
  })
  const host = new URL(base).hostname
  for (const post of entries) {
    const path = publicPath('posts', post)
    if (!path) continue
    const authors = (post.authors ?? []).filter((author): author is FeedAuthor => typeof author === 'object')
    const themes = (post.themes ?? []).filter((theme): theme is FeedTheme => typeof theme === 'object')
    feed.addItem({
      // A tag URI stays the same when the slug or the kind (and so the address) changes.
      id: `tag:${host},${post.createdAt.slice(0, 10)}:posts/${post.id}`,
      link: `${base}${path}`,
      title: escapeHtml(xmlText(post.title)),
      description: escapeHtml(xmlText(post.excerpt)),
      date: entryUpdated(post),
      published: new Date(post.publishedAt),
      author: authors.map((author) => {
        const profile = publicPath('members', author)
        return { name: xmlText(author.name ?? author.slug), link: profile ? `${base}${profile}` : undefined }
      }),
      category: [optionLabel(postKinds, post.kind), ...themes.map((theme) => theme.name)].map((name) => ({
        term: attributeText(name),
      })),
    })
  }
  return feed.atom1()
}

/** Atom's `updated` is the last significant change: a back-dated post was still changed when it was saved. */
function entryUpdated(post: FeedPost): Date {
  return new Date(Math.max(Date.parse(post.updatedAt), Date.parse(post.publishedAt)))
}
