import { permanentRedirect, redirect } from 'next/navigation'

import { citationFilename, reportToCsl, toBibtex } from '@/lib/citations/reportCitation'
import { serverEnv } from '@/lib/env'
import { getDocumentBySlug } from '@/lib/queries/content'
import { findRedirect } from '@/lib/queries/redirects'

interface Context {
  params: Promise<{ slug: string }>
}

/** The report's citation as a BibTeX file, for LaTeX and reference managers. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params
  const report = await getDocumentBySlug('reports', slug)
  if (!report) {
    // After a slug change, the old citation address follows the report to its new one.
    const target = await findRedirect(`/reports/${slug}`)
    if (target?.to.startsWith('/reports/') && target.to !== `/reports/${slug}`) {
      const to = `${target.to}/citation.bib`
      if (target.permanent) permanentRedirect(to)
      redirect(to)
    }
    return new Response('There is no report at this address.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const pageUrl = `${serverEnv().SITE_URL}/reports/${report.slug}`
  return new Response(toBibtex(reportToCsl(report, pageUrl)), {
    headers: {
      'Content-Type': 'application/x-bibtex; charset=utf-8',
      'Content-Disposition': `attachment; filename="${citationFilename(report.slug, 'bib')}"`,
    },
  })
}
