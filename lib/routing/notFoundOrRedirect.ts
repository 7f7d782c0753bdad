import 'server-only'

import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { findRedirect } from '@/lib/queries/redirects'

/** For a missing document: follow a redirect registered for this path (e.g. after a slug change), else 404. */
export async function notFoundOrRedirect(path: string): Promise<never> {
  const target = await findRedirect(path)
  if (target && target.to !== path) {
    if (target.permanent) permanentRedirect(target.to)
    redirect(target.to)
  }
  notFound()
}
