import { listingHref } from '@/lib/listing/href'
import type { PostKind } from '@/lib/content/options'

/** The three post listings: /news, /blog and /news-and-views (both kinds together). */
export interface PostSection {
  path: string
  title: string
  intro: string
  /** Singular and plural, for the results count. */
  noun: readonly [string, string]
}

export const postSections: Record<PostKind | 'all', PostSection> = {
  all: {
    path: '/news-and-views',
    title: 'News & Views',
    intro: 'News from the network and blog posts by its members, partners and public contributors, newest first.',
    noun: ['post', 'posts'],
  },
  news: {
    path: '/news',
    title: 'News',
    intro: 'Announcements from the network: new projects and funding, findings, and events to join.',
    noun: ['news item', 'news items'],
  },
  blog: {
    path: '/blog',
    title: 'Blog',
    intro: 'Reflections and opinion from network members, partners and public contributors.',
    noun: ['blog post', 'blog posts'],
  },
}

export const postSectionOf = (kind: PostKind | null) => postSections[kind ?? 'all']

/** A listing's address: `/news?theme=evaluation-methods&page=2`. */
export const postListingHref = (kind: PostKind | null, themeSlug?: string | null, page = 1) =>
  listingHref(postSectionOf(kind).path, { theme: themeSlug, page })
