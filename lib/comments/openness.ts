const DAY_MS = 24 * 60 * 60 * 1000

export interface CommentablePost {
  publishedAt: string
  comments?: { open?: boolean | null; closeAfterDays?: number | null } | null
}

/**
 * When a post's comments close: its own number of days after its date, or the site-wide default;
 * 0 days means never. Null when they never close by themselves (or are closed by hand already).
 */
export function commentsCloseAt(post: CommentablePost, defaultDays: number): Date | null {
  if (post.comments?.open === false) return null
  const days = post.comments?.closeAfterDays ?? defaultDays
  if (!days) return null
  return new Date(Date.parse(post.publishedAt) + days * DAY_MS)
}

export function commentsOpen(post: CommentablePost, defaultDays: number, now = Date.now()): boolean {
  if (post.comments?.open === false) return false
  const closeAt = commentsCloseAt(post, defaultDays)
  return !closeAt || now < closeAt.getTime()
}
