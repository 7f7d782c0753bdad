/**
 * The longest path POST /consent sends a visitor back to. Real pages of the site are far shorter;
 * anything longer only makes an oversized Location header (which a proxy answers with 502).
 */
export const MAX_RETURN_PATH = 2000

/**
 * Where POST /consent sends the visitor back: the first candidate (the form's `returnTo`, then
 * Referer) that is a path on this site of at most MAX_RETURN_PATH characters, else the home page.
 */
export function returnPath(siteUrl: string, candidates: (string | null | undefined)[]): string {
  const site = new URL(siteUrl)
  for (const candidate of candidates) {
    // Checked before parsing (no 20 MB URL is parsed) and after (percent-encoding lengthens it).
    if (!candidate || candidate.length > MAX_RETURN_PATH + site.origin.length) continue
    try {
      const url = new URL(candidate, site)
      const path = `${url.pathname}${url.search}`
      // Never a path a browser would read as another host ("//host", "/\\host").
      if (
        url.origin === site.origin &&
        url.pathname !== '/consent' &&
        !/^\/[/\\]/.test(url.pathname) &&
        path.length <= MAX_RETURN_PATH
      ) {
        return path
      }
    } catch {
      // Not a URL: try the next candidate.
      continue
    }
  }
  return '/'
}
