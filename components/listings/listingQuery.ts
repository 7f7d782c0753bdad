/** A listing address's query string, as Next.js passes it to a page (empty for the cached first page). */
export type ListingQuery = Record<string, string | string[] | undefined>
