import type { BlogPosting, Comment, NewsArticle, Organization, Person, WithContext } from 'schema-dts'

import { publicPath } from '@/lib/paths'
import type { PublicComment } from '@/lib/queries/comments'
import type { Media, Member, Post, Theme } from '@/payload-types'

type ArticleAuthor = Pick<Member, 'id' | 'name' | 'slug'>

interface ArticleSite {
  /** Absolute, without a trailing slash (as `serverEnv().SITE_URL`). */
  siteUrl: string
  siteName: string
}

/** Related documents that were populated; bare ids are documents the visitor cannot read. */
const readable = <Doc extends object>(items: (number | Doc)[] | null | undefined): Doc[] =>
  (items ?? []).filter((item): item is Doc => typeof item === 'object')

/**
 * A post's schema.org data: a BlogPosting for a blog post, a NewsArticle for news. Authors that are
 * not published (bare ids) are left out; without named authors the network itself is the author.
 */
export function articleJsonLd(
  post: Post,
  site: ArticleSite,
  comments: PublicComment[] = [],
): WithContext<BlogPosting> | WithContext<NewsArticle> {
  const absolute = (path: string) => new URL(path, `${site.siteUrl}/`).href
  const url = absolute(publicPath('posts', post) ?? '/')
  const publisher: Organization = { '@type': 'Organization', name: site.siteName, url: `${site.siteUrl}/` }
  const people = readable<ArticleAuthor>(post.authors).map((author): Person => ({
    '@type': 'Person',
    name: author.name ?? author.slug,
    url: absolute(publicPath('members', author) ?? '/'),
  }))
  const image: Media | null = typeof post.heroImage === 'object' ? post.heroImage : null
  const imageUrl = image?.sizes?.og?.url ?? image?.url
  const modified = Math.max(Date.parse(post.updatedAt), Date.parse(post.publishedAt))
  const article = {
    headline: post.title,
    description: post.meta?.description || post.excerpt,
    datePublished: post.publishedAt,
    dateModified: new Date(modified).toISOString(),
    // Without named authors the network itself is the author.
    author: people.length > 0 ? people : publisher,
    publisher,
    image: imageUrl ? [absolute(imageUrl)] : undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: 'en-GB',
    keywords: readable<Theme>(post.themes).map((theme) => theme.name),
    // Approved comments only (the only ones a page is given), with the network's replies under them.
    commentCount: comments.length,
    comment: comments.length > 0 ? comments.map((comment) => commentJsonLd(comment, url, publisher)) : undefined,
  }
  return post.kind === 'blog'
    ? ({ '@context': 'https://schema.org', '@type': 'BlogPosting', ...article } satisfies WithContext<BlogPosting>)
    : ({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...article } satisfies WithContext<NewsArticle>)
}

function commentJsonLd(comment: PublicComment, url: string, publisher: Organization): Comment {
  return {
    '@type': 'Comment',
    '@id': `${url}#comment-${comment.id}`,
    url: `${url}#comment-${comment.id}`,
    author: { '@type': 'Person', name: comment.authorName },
    dateCreated: comment.createdAt,
    text: comment.body,
    comment: comment.reply
      ? [
          {
            '@type': 'Comment',
            author: publisher,
            dateCreated: comment.repliedAt ?? undefined,
            text: comment.reply,
          },
        ]
      : undefined,
  }
}
