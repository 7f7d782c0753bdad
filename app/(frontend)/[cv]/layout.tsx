import type React from 'react'

import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { getPageConsent } from '@/lib/consent/pageConsent'

interface Props {
  children: React.ReactNode
  params: Promise<{ cv: string }>
}

/**
 * Every public page, once per consent variant (`cv`, chosen per request by
 * server/pageVariants.mjs). Nothing here reads the request, so each variant of each page is
 * rendered once and served from the cache until its content changes.
 */
export default async function ConsentVariantLayout({ children, params }: Props) {
  const consent = await getPageConsent((await params).cv)
  if (!consent) {
    // An address the preload left alone because it looks like a file (`/old-report.pdf`): the
    // 404 page, the same for everyone, without a cookie banner.
    return (
      <SiteChrome consent={null}>
        <NotFoundPage />
      </SiteChrome>
    )
  }
  return <SiteChrome consent={consent}>{children}</SiteChrome>
}

/** Variants are rendered on their first visit; `next build` needs no database. */
export function generateStaticParams(): { cv: string }[] {
  return []
}
