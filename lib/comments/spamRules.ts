import type { CommentSpamReason } from './statuses'

/** Things that read as a link: an address with a scheme, or one starting with www. */
const LINK = /\b(?:https?:\/\/|www\.)\S/gi

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

/** The team's blocklist: one word or phrase per line, matched on word boundaries, any case. */
export function blocklistMatch(text: string, blocklist: string | null | undefined): string | null {
  const haystack = ` ${text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ')} `
  for (const line of (blocklist ?? '').split('\n')) {
    const phrase = line.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ')
    if (!phrase) continue
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(haystack)) return phrase
  }
  return null
}

/** Why the team's rules send a comment straight to spam, or null. */
export function contentSpamReason(
  comment: { name: string; body: string },
  rules: { maxLinks: number; blocklist?: string | null },
): CommentSpamReason | null {
  if (countLinks(`${comment.name} ${comment.body}`) > rules.maxLinks) return 'links'
  if (blocklistMatch(`${comment.name}\n${comment.body}`, rules.blocklist)) return 'blocklist'
  return null
}
