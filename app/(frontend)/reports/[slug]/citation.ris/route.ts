import { citationResponse } from '@/lib/citations/citationResponse'

interface Context {
  params: Promise<{ slug: string }>
}

/** The report's citation as an RIS file, for EndNote, Zotero, Mendeley and other reference managers. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return citationResponse((await params).slug, 'ris')
}
