/** One page of a listing, as every listing query returns it. */
export interface ListingPage<Doc> {
  docs: Doc[]
  totalDocs: number
  /** 1-based; the page asked for, even past the last. */
  page: number
  totalPages: number
}

/** A Payload `find` result as a listing page. `page` is the one asked for: Payload reports 1 past the end. */
export function toPage<Doc>(
  result: { docs: unknown[]; totalDocs: number; totalPages: number },
  page: number,
): ListingPage<Doc> {
  return { docs: result.docs as Doc[], totalDocs: result.totalDocs, page, totalPages: result.totalPages }
}

/** Page 1 always exists (it may say there is nothing yet); any other page past the last does not. */
export function isPastLastPage({ page, totalPages }: Pick<ListingPage<unknown>, 'page' | 'totalPages'>): boolean {
  return page > Math.max(totalPages, 1)
}
