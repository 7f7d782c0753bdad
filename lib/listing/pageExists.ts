import { notFound } from 'next/navigation'

import { isPastLastPage, type ListingPage } from './page'

/**
 * A page past the last answers 404. Only per-request renders (`[cv]/_list/*`) can ask for one,
 * and there `NotFoundPage` does not help: Next.js 16 sets the status of a `notFound()` thrown
 * inside a Suspense boundary only when it renders the whole page before sending it (a cached
 * page); a streamed render answers 200. So this throws from the page: status 404, with the empty
 * error document that needs JavaScript (https://github.com/vercel/next.js/issues/62228). Render
 * `NotFoundPage` here instead once a test shows a streamed render answering 404 with it.
 */
export function assertPageExists(results: Pick<ListingPage<unknown>, 'page' | 'totalPages'>): void {
  if (isPastLastPage(results)) notFound()
}
