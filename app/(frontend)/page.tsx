import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageArticle } from '@/components/cms/PageArticle'
import { getDocumentBySlug } from '@/lib/queries/content'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getDocumentBySlug('pages', 'home')
  return { description: page?.meta?.description ?? page?.intro ?? undefined, alternates: { canonical: '/' } }
}

export default async function HomePage() {
  const page = await getDocumentBySlug('pages', 'home')
  if (!page) notFound()
  return <PageArticle page={page} />
}
