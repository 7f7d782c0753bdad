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
  const post = await getDocumentBySlug('posts', slug, { kind: 'blog' })
  return post ? metadataFor(post, `/blog/${slug}`, post.excerpt) : {}
}

export default async function BlogPostPage({ params }: Props) {
  const { slug } = await params
  const post = await getDocumentBySlug('posts', slug, { kind: 'blog' })
  if (!post) return notFoundOrRedirect(`/blog/${slug}`)
  return <PostArticle post={post} />
}
