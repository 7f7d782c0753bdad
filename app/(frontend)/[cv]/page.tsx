import type { Metadata } from 'next'

import { PageArticle } from '@/blocks/PageArticle'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { JsonLd } from '@/components/seo/JsonLd'
import { getPageConsent } from '@/lib/consent/pageConsent'
import { serverEnv } from '@/lib/env'
import { getDocumentBySlug } from '@/lib/queries/content'
import { getPartners } from '@/lib/queries/listings'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { organisationJsonLd } from '@/lib/seo/jsonLd/organisation'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getDocumentBySlug('pages', 'home')
  return { description: page?.meta?.description ?? page?.intro ?? undefined, alternates: { canonical: '/' } }
}

interface Props {
  params: Promise<{ cv: string }>
}

/** Blocks may list upcoming events: re-rendered in the background after a minute, never older than five. */
export const revalidate = 60

export default async function HomePage({ params }: Props) {
  const [page, settings, partners, consent] = await Promise.all([
    getDocumentBySlug('pages', 'home'),
    getSiteSettings(),
    getPartners(),
    params.then(({ cv }) => getPageConsent(cv)),
  ])
  if (!page) return <NotFoundPage path="/" />
  return (
    <>
      <PageArticle page={page} context={{ consent: consent?.view ?? null }} />
      <JsonLd data={organisationJsonLd(settings, serverEnv().SITE_URL, partners)} />
    </>
  )
}
