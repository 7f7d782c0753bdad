import type { Metadata } from 'next'

import { PostArticle } from '@/components/content/PostArticle'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundOrRedirect } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const post = await getDocumentBySlug('posts', slug, { kind: 'news' })
  return post ? metadataFor(post, `/news/${slug}`, post.excerpt) : {}
}

export default async function NewsPostPage({ params }: Props) {
  const { slug } = await params
  const post = await getDocumentBySlug('posts', slug, { kind: 'news' })
  if (!post) return notFoundOrRedirect(`/news/${slug}`)
  return <PostArticle post={post} />
}
