import type { Metadata } from 'next'
import Link from 'next/link'
import type { BlogPosting, NewsArticle, Organization, Person, WithContext } from 'schema-dts'

import { Media } from '@/components/cms/Media'
import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { populated, populatedOne } from '@/components/content/populated'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { serverEnv } from '@/lib/env'
import { formatDate } from '@/lib/format/dates'
import { publicPath, type RoutedCollection } from '@/lib/paths'
import {
  POSTS_FEED,
  type PostImage,
  type PostKind,
  type PostListing,
  type PostSummary,
  type PostTheme,
} from '@/lib/queries/posts'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { metadataFor } from '@/lib/seo/metadata'
import type { Member, Post } from '@/payload-types'
import { Pagination } from '@/components/ui/Pagination'

// ---------------------------------------------------------------------------------------------
// The three listings: /news, /blog and /news-and-views (both kinds together).
// ---------------------------------------------------------------------------------------------

type ListingKey = PostKind | 'all'

interface ListingSection {
  path: string
  title: string
  intro: string
  /** Singular and plural, for the results count. */
  noun: [string, string]
}

const sections: Record<ListingKey, ListingSection> = {
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

const kindLabels: Record<PostKind, string> = { news: 'News', blog: 'Blog' }

const sectionOf = (kind: PostKind | null) => sections[kind ?? 'all']

/** A listing's address: `/news?theme=evaluation-methods&page=2`; page 1 and "all themes" are left out. */
export function postListingHref(kind: PostKind | null, themeSlug?: string | null, page = 1): string {
  const query = new URLSearchParams()
  if (themeSlug) query.set('theme', themeSlug)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `${sectionOf(kind).path}?${search}` : sectionOf(kind).path
}

export function postListingMetadata({ kind, theme, result }: PostListing): Metadata {
  const section = sectionOf(kind)
  const pageNote = result.page > 1 ? ` (page ${result.page} of ${result.totalPages})` : ''
  const title = `${theme ? `${section.title}: ${theme.name}` : section.title}${pageNote}`
  const path = postListingHref(kind, theme?.slug, result.page)
  return {
    title,
    description: section.intro,
    alternates: { canonical: path },
    openGraph: { title, description: section.intro, url: path },
  }
}

/** A listing page: section links, theme filter, results count, linked cards, pagination and the feed. */
export function PostListingView({ listing }: { listing: PostListing }) {
  const { kind, theme, themes, result } = listing
  const section = sectionOf(kind)
  return (
    <>
      <header className="hero">
        <div className="container">
          <h1>{section.title}</h1>
          <p className="hero__intro">{section.intro}</p>
        </div>
      </header>
      <div className="container posts">
        <SectionLinks current={kind} theme={theme} />
        <ThemeFilter action={section.path} themes={themes} current={theme} />
        <p className="posts__count">{resultsCount(listing)}</p>
        {theme && (
          <p className="posts__clear">
            <Link href={postListingHref(kind)}>Show all {section.noun[1]}</Link>
          </p>
        )}
        {result.posts.length > 0 && (
          <ul className="post-list">
            {result.posts.map((post) => (
              <PostCard key={post.id} post={post} />
            ))}
          </ul>
        )}
        <Pagination
          label={`Pages of ${sectionOf(kind).noun[1]}`}
          className="posts-pagination"
          current={result.page}
          total={result.totalPages}
          href={(target) => postListingHref(kind, theme?.slug, target)}
        />
        <p className="posts__feed">
          {/* A plain link: the feed is a file for feed readers, not a page to navigate to client-side. */}
          <a href={POSTS_FEED.path} type={POSTS_FEED.type}>
            Subscribe to news and blogs with a feed reader (Atom)
          </a>
        </p>
      </div>
    </>
  )
}

function resultsCount({ kind, theme, result }: PostListing): string {
  const [one, many] = sectionOf(kind).noun
  const about = theme ? ` about ${theme.name}` : ''
  if (result.totalDocs === 0) return `No ${many}${about} yet.`
  const counted = `${result.totalDocs} ${result.totalDocs === 1 ? one : many}${about}`
  if (result.totalPages <= 1) return `${counted}.`
  const first = (result.page - 1) * result.perPage + 1
  const last = first + result.posts.length - 1
  return `${counted}, showing ${first} to ${last}.`
}

function SectionLinks({ current, theme }: { current: PostKind | null; theme: PostTheme | null }) {
  const links: { kind: PostKind | null; label: string }[] = [
    { kind: null, label: 'News and blogs' },
    { kind: 'news', label: 'News only' },
    { kind: 'blog', label: 'Blog only' },
  ]
  return (
    <nav aria-label="News & Views sections" className="posts-sections">
      <ul>
        {links.map((link) => (
          <li key={link.label}>
            <Link
              href={postListingHref(link.kind, theme?.slug)}
              aria-current={link.kind === current ? 'page' : undefined}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

interface ThemeFilterProps {
  action: string
  themes: PostTheme[]
  current: PostTheme | null
}

/** A GET form, so the filter works without JavaScript; choosing a theme starts again at page 1. */
function ThemeFilter({ action, themes, current }: ThemeFilterProps) {
  if (themes.length === 0) return null
  return (
    <form method="get" action={action} className="posts-filter">
      <div className="posts-filter__field">
        <label htmlFor="posts-filter-theme">Theme</label>
        <select id="posts-filter-theme" name="theme" defaultValue={current?.slug ?? ''}>
          <option value="">All themes</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Show
      </button>
    </form>
  )
}

function PostCard({ post }: { post: PostSummary }) {
  const href = publicPath('posts', post)
  const image = populatedOne<PostImage>(post.heroImage)
  return (
    <li className="post-card">
      <div className="post-card__text">
        <h2 className="post-card__title">{href ? <Link href={href}>{post.title}</Link> : post.title}</h2>
        <p className="post-card__meta">
          <span className="post-card__kind">{kindLabels[post.kind]}</span>{' '}
          <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
        </p>
        <p className="post-card__excerpt">{post.excerpt}</p>
      </div>
      {image && (
        // Decorative here: the title beside it is the link and says what the post is about.
        <Media
          media={{ ...image, decorative: true }}
          size="thumbnail"
          sizes="(min-width: 40rem) 12rem, 24rem"
          className="post-card__image"
        />
      )}
    </li>
  )
}

// ---------------------------------------------------------------------------------------------
// A single news item or blog post.
// ---------------------------------------------------------------------------------------------

type PostAuthorDoc = Pick<Member, 'id' | 'name' | 'slug'>

/** Metadata of a post page: its SEO fields and article dates (the feed is on every page). */
export function postMetadata(post: Post): Metadata {
  const path = publicPath('posts', post) ?? '/'
  const base = metadataFor(post, path, post.excerpt)
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt,
      authors: populated<PostAuthorDoc>(post.authors).flatMap((author) => author.name ?? []),
    },
  }
}

/** A news item or blog post, with breadcrumbs and schema.org NewsArticle or BlogPosting data. */
export async function PostArticle({ post }: { post: Post }) {
  const settings = await getSiteSettings()
  const authors = populated<PostAuthorDoc>(post.authors)
  const themes = populated<PostTheme>(post.themes)
  const section = sections[post.kind]
  return (
    <>
      <Breadcrumbs items={[{ label: section.title, href: section.path }, { label: post.title }]} />
      <article>
        <DetailHero kicker={kindLabels[post.kind]} title={post.title} intro={post.excerpt}>
          <FactList
            facts={[
              {
                term: 'Published',
                value: <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>,
              },
              {
                term: authors.length > 1 ? 'Authors' : 'Author',
                value: authors.length ? <Authors authors={authors} /> : null,
              },
              {
                term: themes.length > 1 ? 'Themes' : 'Theme',
                value: themes.length ? <Themes kind={post.kind} themes={themes} /> : null,
              },
            ]}
          />
        </DetailHero>
        <div className="container detail">
          <Media
            media={post.heroImage}
            size="hero"
            sizes="(min-width: 44rem) 42rem, 100vw"
            showCaption
            preload
            className="post__image"
          />
          <RichText data={post.body} />
          <RelatedItems related={post.related} />
        </div>
      </article>
      <PostJsonLd post={post} authors={authors} siteName={settings.siteName} />
    </>
  )
}

/** "Ana Example and Ben Example", each linked to their profile. */
function Authors({ authors }: { authors: PostAuthorDoc[] }) {
  return authors.map((author, index) => {
    const href = publicPath('members', author)
    const name = author.name ?? author.slug
    return (
      <span key={author.id}>
        {index > 0 && (index === authors.length - 1 ? ' and ' : ', ')}
        {href ? <Link href={href}>{name}</Link> : name}
      </span>
    )
  })
}

/** Each theme links to the listing of the same kind, filtered by that theme. */
function Themes({ kind, themes }: { kind: PostKind; themes: PostTheme[] }) {
  return themes.map((theme, index) => (
    <span key={theme.id}>
      {index > 0 && ', '}
      <Link href={postListingHref(kind, theme.slug)}>{theme.name}</Link>
    </span>
  ))
}

const relatedLabels: Record<Exclude<RoutedCollection, 'pages' | 'members' | 'posts'>, string> = {
  projects: 'Project',
  events: 'Event',
  reports: 'Report',
}

/** Related projects, events, reports and posts that visitors can read; unpublished ones are left out. */
function RelatedItems({ related }: { related: Post['related'] }) {
  const items = (related ?? []).flatMap((item) => {
    if (typeof item.value !== 'object') return []
    const href = publicPath(item.relationTo, item.value)
    if (!href) return []
    const type = item.relationTo === 'posts' ? kindLabels[item.value.kind] : relatedLabels[item.relationTo]
    return [{ key: `${item.relationTo}-${item.value.id}`, type, title: item.value.title, href }]
  })
  if (items.length === 0) return null
  return (
    <section className="related" aria-labelledby="post-related">
      <h2 id="post-related">Related</h2>
      <ul className="post-related">
        {items.map((item) => (
          <li key={item.key}>
            <span className="post-related__type">{item.type}:</span> <Link href={item.href}>{item.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

interface PostJsonLdProps {
  post: Post
  authors: PostAuthorDoc[]
  siteName: string
}

function PostJsonLd({ post, authors, siteName }: PostJsonLdProps) {
  const siteUrl = serverEnv().SITE_URL
  const absolute = (path: string) => new URL(path, `${siteUrl}/`).href
  const url = absolute(publicPath('posts', post) ?? '/')
  const publisher: Organization = { '@type': 'Organization', name: siteName, url: `${siteUrl}/` }
  const people = authors.map((author): Person => ({
    '@type': 'Person',
    name: author.name ?? author.slug,
    url: absolute(publicPath('members', author) ?? '/'),
  }))
  const image = populatedOne(post.heroImage)
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
    keywords: populated<PostTheme>(post.themes).map((theme) => theme.name),
  }
  const data =
    post.kind === 'blog'
      ? ({ '@context': 'https://schema.org', '@type': 'BlogPosting', ...article } satisfies WithContext<BlogPosting>)
      : ({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...article } satisfies WithContext<NewsArticle>)
  return <JsonLd data={data} />
}
