import 'server-only'

import { headers } from 'next/headers'

/**
 * True when this render answers a form posted without JavaScript: a page with a visitor form is
 * rendered for a POST only when the submission failed (success redirects), so its title then
 * starts with "Error:", as GOV.UK asks. The enhanced form's own requests (with `Next-Action`)
 * update the title in the browser instead. Reads the request headers: dynamic pages only.
 */
export async function isFailedFormPost(): Promise<boolean> {
  const request = await headers()
  return (request.get('content-type')?.startsWith('multipart/form-data') ?? false) && !request.has('next-action')
}
