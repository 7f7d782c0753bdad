import type { Metadata } from 'next'

import { PostArticle, postMetadata } from '@/components/posts/PostArticle'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

interface Props {
  params: Promise<{ slug: string }>
}

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const post = await getDocumentBySlug('posts', slug, { kind: 'blog' })
  return post ? postMetadata(post) : notFoundMetadata
}

export default async function BlogPostPage({ params }: Props) {
  const { slug } = await params
  const post = await getDocumentBySlug('posts', slug, { kind: 'blog' })
  if (!post) return <NotFoundPage path={`/blog/${slug}`} />
  return <PostArticle post={post} />
}
