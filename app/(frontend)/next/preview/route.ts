import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload'

const SAFE_PATH = /^\/(?!\/)[^\s\\]*$/

/**
 * Turns on draft preview for a signed-in user and opens the page. The live preview in the admin
 * panel and the "Preview" buttons link here; without a session the request is refused.
 */
export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  if (!SAFE_PATH.test(path)) return new Response('Invalid preview path.', { status: 400 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    return new Response('Sign in to the admin panel to preview drafts.', {
      status: 401,
      headers: { 'Cache-Control': 'no-store' },
    })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
