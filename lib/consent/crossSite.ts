/**
 * A consent change must come from this site's own pages, never from a form on another site.
 * `ownOrigins` are the public origin (SITE_URL) and the one the request was addressed to. A
 * browser names the sender in Sec-Fetch-Site, and in Origin on every POST; a request that sends
 * neither (a script, an old browser) is not a form on another site and is let through.
 */
export function isCrossSite(headers: Headers, ownOrigins: readonly string[]): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true
  const origin = headers.get('origin')
  return Boolean(origin && !ownOrigins.includes(origin))
}
