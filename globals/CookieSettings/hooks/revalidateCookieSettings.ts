import type { GlobalAfterChangeHook } from 'payload'

import { expireTags } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

export const revalidateCookieSettings: GlobalAfterChangeHook = ({ doc, context }) => {
  if (!context.disableRevalidate) expireTags([cacheTags.global('cookie-settings')])
  return doc
}
