import type { Metadata } from 'next'

import { FilterForm } from '@/components/listing/FilterForm'
import { ThemeSelect } from '@/components/listing/FilterSelect'
import { ListingTabs } from '@/components/listing/ListingTabs'
import { Pagination } from '@/components/listing/Pagination'
import { ResultsCount } from '@/components/listing/ResultsCount'
import type { PostKind } from '@/lib/content/options'
import { POSTS_FEED } from '@/lib/feed/postsFeed'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { isPastLastPage } from '@/lib/listing/page'
import { listingParams, type ListingQuery, slugParam } from '@/lib/listing/params'
import { getPostListing } from '@/lib/queries/posts'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

import { PostCard } from './PostCard'
import { postListingHref, postSectionOf } from './postSections'
import hero from '@/components/content/Hero.module.css'
import styles from './PostListing.module.css'

const parseParams = listingParams({ theme: slugParam })

function load(kind: PostKind | null, query: ListingQuery) {
  const { theme, page } = parseParams(query)
  return getPostListing(kind, page, theme)
}

const sectionLinks: { kind: PostKind | null; label: string }[] = [
  { kind: null, label: 'News and blogs' },
  { kind: 'news', label: 'News only' },
  { kind: 'blog', label: 'Blog only' },
]

export async function postListingMetadata(kind: PostKind | null, query: ListingQuery): Promise<Metadata> {
  const { theme, result } = await load(kind, query)
  if (isPastLastPage(result)) return notFoundMetadata
  const section = postSectionOf(kind)
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

/** The news, blog or news-and-views listing: its first page (cached) or a filtered or later page. */
export async function PostListing({ kind, query }: { kind: PostKind | null; query: ListingQuery }) {
  const { theme, themes, result } = await load(kind, query)
  // A page past the last: the site's 404 page, status 404 (server/notFoundStatus.mjs for per-request renders).
  if (isPastLastPage(result)) return <NotFoundPage />
  const section = postSectionOf(kind)
  return (
    <>
      <header className={hero.hero}>
        <div className="container">
          <h1>{section.title}</h1>
          <p className={hero.intro}>{section.intro}</p>
        </div>
      </header>
      <div className="container">
        <ListingTabs
          label="News & Views sections"
          tabs={sectionLinks.map((link) => ({
            href: postListingHref(link.kind, theme?.slug),
            label: link.label,
            current: link.kind === kind,
          }))}
        />
        {themes.length > 0 && (
          <FilterForm
            action={section.path}
            label={`Filter ${section.noun[1]}`}
            clearHref={theme ? postListingHref(kind) : null}
          >
            <ThemeSelect themes={themes} value={theme?.slug} />
          </FilterForm>
        )}
        <ResultsCount
          total={result.totalDocs}
          noun={section.noun}
          qualifier={theme ? ` about ${theme.name}` : ''}
          page={result.page}
          totalPages={result.totalPages}
          empty={`No ${section.noun[1]}${theme ? ` about ${theme.name}` : ''} yet.`}
        />
        {result.docs.length > 0 && (
          <ul className={styles.list}>
            {result.docs.map((post) => (
              <PostCard key={post.id} post={post} />
            ))}
          </ul>
        )}
        <Pagination
          label={`Pages of ${section.noun[1]}`}
          current={result.page}
          total={result.totalPages}
          href={(target) => postListingHref(kind, theme?.slug, target)}
        />
        <p className={styles.feed}>
          {/* A plain link: the feed is a file for feed readers, not a page to navigate to client-side. */}
          <a href={POSTS_FEED.path} type={POSTS_FEED.type}>
            Subscribe to news and blogs with a feed reader (Atom)
          </a>
        </p>
      </div>
    </>
  )
}
