import Link from 'next/link'

/** The 404 page's content: what went wrong, and ways on. */
export function NotFoundMessage() {
  return (
    <div className="container page-message">
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
