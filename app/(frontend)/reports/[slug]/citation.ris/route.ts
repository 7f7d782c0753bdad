import { citationResponse } from '@/lib/citations/citationResponse'

interface Context {
  params: Promise<{ slug: string }>
}

// Rendered on the first request for a report, then served from the cache until reports change.
export const dynamic = 'force-static'

export function generateStaticParams(): { slug: string }[] {
  return []
}

/** The report's citation as an RIS file, for EndNote, Zotero, Mendeley and other reference managers. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return citationResponse((await params).slug, 'ris')
}
