'use client'

import Link from 'next/link'
import { useEffect, useRef } from 'react'

/**
 * Shown when a page fails to render. Visitors get a plain explanation and a way on; the details
 * stay in the server log (the digest lets the team find them).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  return (
    <div className="container page-message">
      <h1 ref={heading} tabIndex={-1}>
        Sorry, something went wrong
      </h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
      <p>
        Or <Link href="/">go to the home page</Link>. If the problem continues, contact the communications team
        {error.digest ? ` and quote reference ${error.digest}` : ''}.
      </p>
    </div>
  )
}
