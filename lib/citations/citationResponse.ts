import 'server-only'

import { permanentRedirect, redirect } from 'next/navigation'

import { serverEnv } from '@/lib/env'
import { getDocumentBySlug } from '@/lib/queries/content'
import { findRedirect } from '@/lib/queries/redirects'

import { citationFilename, reportToCsl, toBibtex, toRis } from './reportCitation'

const formats = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', render: toRis },
} as const

/** A report's citation file (BibTeX or RIS) as a download, following the report if its slug changed. */
export async function citationResponse(slug: string, format: keyof typeof formats): Promise<Response> {
  const report = await getDocumentBySlug('reports', slug)
  if (!report) {
    const target = await findRedirect(`/reports/${slug}`)
    if (target?.to.startsWith('/reports/') && target.to !== `/reports/${slug}`) {
      const to = `${target.to}/citation.${format}`
      if (target.permanent) permanentRedirect(to)
      redirect(to)
    }
    return new Response('There is no report at this address.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const { contentType, render } = formats[format]
  const pageUrl = `${serverEnv().SITE_URL}/reports/${report.slug}`
  return new Response(render(reportToCsl(report, pageUrl)), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${citationFilename(report.slug, format)}"`,
    },
  })
}
