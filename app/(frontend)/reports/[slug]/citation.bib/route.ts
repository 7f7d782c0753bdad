import { citationResponse } from '@/lib/citations/citationResponse'

interface Context {
  params: Promise<{ slug: string }>
}

// Rendered on the first request for a report, then served from the cache until reports change.
export const dynamic = 'force-static'

export function generateStaticParams(): { slug: string }[] {
  return []
}

/** The report's citation as a BibTeX file, for LaTeX and reference managers. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return citationResponse((await params).slug, 'bib')
}
