import { notFound } from 'next/navigation'

import { PageArticle } from '@/components/cms/PageArticle'
import { getPageBySlug } from '@/lib/queries/pages'

export default async function HomePage() {
  const page = await getPageBySlug('home')
  if (!page) notFound()
  return <PageArticle page={page} />
}
