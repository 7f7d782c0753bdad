import 'server-only'

import type { Metadata } from 'next'
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { findRedirect } from '@/lib/queries/redirects'

/** The head of a page that is not there. */
export const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } }

/**
 * For a missing document: follow a redirect registered for this path (e.g. after a slug change),
 * else 404. Call it inside a NotFoundBoundary, so that the 404 page is rendered on the server.
 */
export async function notFoundOrRedirect(path: string): Promise<never> {
  const target = await findRedirect(path)
  if (target && target.to !== path) {
    if (target.permanent) permanentRedirect(target.to)
    redirect(target.to)
  }
  notFound()
}
