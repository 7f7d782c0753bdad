import type { Metadata } from 'next'

import { CommentSentPage, commentSentMetadata } from '@/components/comments/CommentSentPage'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

interface Props {
  params: Promise<{ slug: string }>
}

/** Rendered on the first visit, then served from the cache until the post changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const post = await getDocumentBySlug('posts', slug, { kind: 'news' })
  return post ? commentSentMetadata() : notFoundMetadata
}

export default async function NewsCommentSentPage({ params }: Props) {
  const { slug } = await params
  const post = await getDocumentBySlug('posts', slug, { kind: 'news' })
  if (!post) return <NotFoundPage />
  return <CommentSentPage post={post} />
}
