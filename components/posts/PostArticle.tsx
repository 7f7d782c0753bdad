import type { Metadata } from 'next'
import Link from 'next/link'

import { Media } from '@/components/cms/Media'
import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { populated } from '@/lib/content/populated'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PostComments } from '@/components/comments/PostComments'
import { JsonLd } from '@/components/seo/JsonLd'
import { commentsCloseAt } from '@/lib/comments/openness'
import { optionLabel, type PostKind, postKinds } from '@/lib/content/options'
import { serverEnv } from '@/lib/env'
import { formatDate } from '@/lib/format/dates'
import { publicPath, type RoutedCollection } from '@/lib/paths'
import { getApprovedComments, getCommentSettings } from '@/lib/queries/comments'
import type { PostTheme } from '@/lib/queries/posts'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { articleJsonLd } from '@/lib/seo/jsonLd/article'
import { metadataFor } from '@/lib/seo/metadata'
import type { Member, Post } from '@/payload-types'

import linked from '@/components/content/LinkedList.module.css'

import { postListingHref, postSections } from './postSections'
import styles from './PostArticle.module.css'

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

/**
 * Seconds until the post's comments close, so that its cached page is rendered again without the
 * form then; undefined when they never close by themselves or already have.
 */
function secondsUntilClose(post: Post, defaultDays: number): number | undefined {
  const closeAt = commentsCloseAt(post, defaultDays)?.getTime()
  const now = Date.now()
  return closeAt && closeAt > now ? Math.max(60, Math.ceil((closeAt - now) / 1000)) : undefined
}

/**
 * A news item or blog post, with breadcrumbs, readers' comments and schema.org NewsArticle or
 * BlogPosting data.
 */
export async function PostArticle({ post }: { post: Post }) {
  const [settings, commentSettings] = await Promise.all([getSiteSettings(), getCommentSettings()])
  const comments = await getApprovedComments(post.id, secondsUntilClose(post, commentSettings.closeAfterDays ?? 0))
  const authors = populated<PostAuthorDoc>(post.authors)
  const themes = populated<PostTheme>(post.themes)
  const section = postSections[post.kind]
  return (
    <>
      <Breadcrumbs items={[{ label: section.title, href: section.path }, { label: post.title }]} />
      <article>
        <DetailHero kicker={optionLabel(postKinds, post.kind)} title={post.title} intro={post.excerpt}>
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
        <div className={`container detail ${styles.body}`}>
          <Media
            media={post.heroImage}
            size="hero"
            sizes="(min-width: 44rem) 42rem, 100vw"
            showCaption
            preload
            className={styles.image}
          />
          <RichText data={post.body} />
          <RelatedItems related={post.related} />
        </div>
      </article>
      <PostComments post={post} comments={comments} settings={commentSettings} networkName={settings.siteName} />
      <JsonLd data={articleJsonLd(post, { siteUrl: serverEnv().SITE_URL, siteName: settings.siteName }, comments)} />
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
    const type = item.relationTo === 'posts' ? optionLabel(postKinds, item.value.kind) : relatedLabels[item.relationTo]
    return [{ key: `${item.relationTo}-${item.value.id}`, type, title: item.value.title, href }]
  })
  if (items.length === 0) return null
  return (
    <section aria-labelledby="post-related">
      <h2 id="post-related">Related</h2>
      <ul className={linked.list}>
        {items.map((item) => (
          <li key={item.key}>
            <span className={styles.relatedType}>{item.type}:</span> <Link href={item.href}>{item.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
