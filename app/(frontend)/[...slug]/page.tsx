import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageArticle } from '@/components/cms/PageArticle'
import { getPageBySlug } from '@/lib/queries/pages'

interface PageProps {
  params: Promise<{ slug: string[] }>
}

/** CMS pages at their own address, e.g. /about. The home page is served at / only. */
async function findPage(segments: string[]) {
  const [slug] = segments
  if (segments.length !== 1 || !slug || slug === 'home') return null
  return getPageBySlug(slug)
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = await findPage((await params).slug)
  return page ? { title: page.title, description: page.intro ?? undefined } : {}
}

export default async function CmsPage({ params }: PageProps) {
  const page = await findPage((await params).slug)
  if (!page) notFound()
  return <PageArticle page={page} />
}
