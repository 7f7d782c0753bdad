import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags immediately, so the next request renders fresh content.
 *
 * Payload hooks also run outside Next.js (seed script, migrations, `payload run`), where there is no
 * cache to expire; callers pass `context.disableRevalidate` there instead of catching errors.
 */
export function expireTags(tags: readonly string[]): void {
  for (const tag of tags) {
    revalidateTag(tag, { expire: 0 })
  }
}
