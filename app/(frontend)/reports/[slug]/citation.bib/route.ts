import { citationResponse } from '@/lib/citations/citationResponse'

interface Context {
  params: Promise<{ slug: string }>
}

/** The report's citation as a BibTeX file, for LaTeX and reference managers. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return citationResponse((await params).slug, 'bib')
}
