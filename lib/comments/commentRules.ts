import type { Payload } from 'payload'

/**
 * The team's spam rules (links allowed, blocked words), for the comment form's server code only:
 * team-only fields, read with access control off and never passed to a page.
 */
export async function findCommentRules(payload: Payload): Promise<{ maxLinks: number; blocklist: string | null }> {
  const settings = await payload.findGlobal({
    slug: 'comment-settings',
    depth: 0,
    select: { maxLinks: true, blocklist: true },
    overrideAccess: true,
  })
  return { maxLinks: settings.maxLinks ?? 2, blocklist: settings.blocklist ?? null }
}
