import type { Metadata } from 'next'

import { PageArticle } from '@/blocks/PageArticle'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { getPageConsent } from '@/lib/consent/pageConsent'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

interface PageProps {
  params: Promise<{ cv: string; slug: string[] }>
}

/** Blocks may list upcoming events: re-rendered in the background after a minute, never older than five. */
export const revalidate = 60

/** Pages are rendered on their first visit; `next build` needs no database. */
export function generateStaticParams(): { slug: string[] }[] {
  return []
}

/** A CMS page at its full nested path, e.g. /what-is-social-prescribing/policy-context. */
async function findPage(segments: string[]) {
  const path = `/${segments.join('/')}`
  const slug = segments.at(-1)
  if (!slug || slug === 'home') return { path, page: null }
  const page = await getDocumentBySlug('pages', slug)
  return { path, page: page && publicPath('pages', page) === path ? page : null }
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { page, path } = await findPage((await params).slug)
  if (!page) return notFoundMetadata
  return {
    title: page.meta?.title ?? page.title,
    description: page.meta?.description ?? page.intro ?? undefined,
    alternates: { canonical: path },
  }
}

export default async function CmsPage({ params }: PageProps) {
  const { cv, slug } = await params
  const { page, path } = await findPage(slug)
  if (!page) return <NotFoundPage path={path} />
  const consent = await getPageConsent(cv)
  const trail = page.breadcrumbs ?? []
  return (
    <>
      <Breadcrumbs
        items={trail.map((crumb, index) => ({
          label: crumb.label ?? page.title,
          href: index < trail.length - 1 ? (crumb.url ?? undefined) : undefined,
        }))}
      />
      <PageArticle page={page} context={{ consent: consent?.view ?? null }} />
    </>
  )
}
