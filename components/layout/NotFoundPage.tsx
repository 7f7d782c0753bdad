import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { notFoundOrRedirect } from '@/lib/routing/notFoundOrRedirect'

import { NotFoundMessage } from './NotFoundMessage'

/** Throws inside the boundary below: sets the response's status, renders nothing. */
async function NotFoundStatus({ path }: { path?: string }): Promise<never> {
  if (path) return notFoundOrRedirect(path)
  notFound()
}

/**
 * What a cached page renders for a document that is not there: the 404 page, in the HTML, with
 * status 404 (or the redirect registered for `path`, the page's public address). Next.js 16 answers a `notFound()`
 * thrown by the page itself with an empty error document that needs JavaScript to show
 * anything (https://github.com/vercel/next.js/issues/62228). Thrown inside a Suspense boundary
 * instead, it still sets the status of the cached render, and the message is plain markup
 * beside it. Go back to calling `notFoundOrRedirect` in pages once Next.js renders a page's
 * `notFound()` on the server.
 */
export function NotFoundPage({ path }: { path?: string }) {
  return (
    <>
      <Suspense fallback={null}>
        <NotFoundStatus path={path} />
      </Suspense>
      <NotFoundMessage />
    </>
  )
}
