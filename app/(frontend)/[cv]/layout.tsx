import type React from 'react'

import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
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
    // 404 page, the same for everyone, without a cookie banner. Its status comes from the
    // message's marker (server/notFoundStatus.mjs): a `notFound()` thrown here would be caught
    // by the root layout's boundary, which the browser's router then shows in place of this.
    return (
      <SiteChrome consent={null}>
        <NotFoundMessage />
      </SiteChrome>
    )
  }
  return <SiteChrome consent={consent}>{children}</SiteChrome>
}

/** Variants are rendered on their first visit; `next build` needs no database. */
export function generateStaticParams(): { cv: string }[] {
  return []
}
