import Link from 'next/link'

/**
 * The attribute that marks the 404 page in the HTML. Next.js sets the status of a `notFound()`
 * thrown inside a Suspense boundary (components/layout/NotFoundPage.tsx) only for a page it
 * caches; a page rendered per request answers 200, so the server's preload answers 404 for HTML
 * that carries this (server/notFoundStatus.mjs). React escapes quotes in text: content cannot
 * produce it.
 */
export const NOT_FOUND_MARKER = { 'data-http-status': '404' }

/** The 404 page's content: what went wrong, and ways on. */
export function NotFoundMessage() {
  return (
    <div className="container page-message" {...NOT_FOUND_MARKER}>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <ul>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/projects">Browse our projects</Link>
        </li>
        <li>
          <Link href="/news-and-views">Read news and views</Link>
        </li>
        <li>
          <Link href="/contact">Contact the communications team</Link>
        </li>
      </ul>
    </div>
  )
}
