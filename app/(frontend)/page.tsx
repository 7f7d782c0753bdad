import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageArticle } from '@/components/cms/PageArticle'
import { JsonLd } from '@/components/seo/JsonLd'
import { serverEnv } from '@/lib/env'
import { getDocumentBySlug } from '@/lib/queries/content'
import { getPartners } from '@/lib/queries/listings'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { organisationJsonLd } from '@/lib/seo/organisation'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getDocumentBySlug('pages', 'home')
  return { description: page?.meta?.description ?? page?.intro ?? undefined, alternates: { canonical: '/' } }
}

export default async function HomePage() {
  const [page, settings, partners] = await Promise.all([
    getDocumentBySlug('pages', 'home'),
    getSiteSettings(),
    getPartners(),
  ])
  if (!page) notFound()
  return (
    <>
      <PageArticle page={page} />
      <JsonLd data={organisationJsonLd(settings, serverEnv().SITE_URL, partners)} />
    </>
  )
}
