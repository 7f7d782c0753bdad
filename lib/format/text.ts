/**
 * `text` cut at the last word boundary within `limit` characters, followed by an ellipsis, so a list
 * stays scannable while the full text is one click away. Text within the limit is returned as it is.
 */
export function truncateAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text
  const cut = text.slice(0, limit)
  const lastSpace = cut.lastIndexOf(' ')
  // Punctuation left dangling before the ellipsis ("health,…") reads as a typo.
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/** "example.org" for a link to a publisher's page; the whole address if it cannot be read. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}
