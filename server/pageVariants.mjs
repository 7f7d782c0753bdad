/**
 * Chooses the consent variant of each page request before Next.js routes it, by rewriting the
 * request's path from `/about` to `/<code>/about` (app/(frontend)/[cv]/...). Next.js then serves
 * that variant from its cache. Done here rather than in `proxy.ts` or next.config rewrites: a
 * proxy costs about 0.7 ms of CPU per request (0.39x a cached page's throughput on this machine)
 * and config rewrites cannot know the current policy revision (research notes in the README).
 *
 * Visitors cannot address a variant themselves: every page path gets a code in front, so a
 * request for `/q/about` becomes `/<code>/q/about`, which is no page.
 */
import { chooseVariant, CONSENT_NOTICE_COOKIE, routingPolicy, variantCode } from './consentVariant.mjs'
import { searchKey, searchKeyOf, searchSegment } from './searchKey.mjs'

/** Route handlers outside the page tree; their paths are never rewritten. */
export const NON_PAGE_PREFIXES = ['/api', '/admin', '/next', '/consent']

/**
 * Listings whose filtered or paginated addresses render per request, from the twin route under
 * `[cv]/_list/`: the plain address is one cached page, a query string is not a cache key.
 */
export const FILTERABLE_LISTINGS = new Set(['/projects', '/events', '/reports', '/news', '/blog', '/news-and-views'])

/**
 * Whether a path is a page of the public site: not Next.js's own files (`/_next`), not a route
 * handler, and not a file (a last segment with a dot: feeds, calendars, icons, public files).
 * A trailing slash is left to Next.js, which redirects to the address without it.
 * @param {string} pathname
 */
export function isPagePath(pathname) {
  if (!pathname.startsWith('/') || pathname.startsWith('/_') || pathname.startsWith('//')) return false
  if (pathname.length > 1 && pathname.endsWith('/')) return false
  for (const prefix of NON_PAGE_PREFIXES) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return false
  }
  return !pathname.slice(pathname.lastIndexOf('/') + 1).includes('.')
}

/**
 * A page request's path and query, or null for requests that are not pages.
 * @param {string} url the request's path and query
 */
function pageRequest(url) {
  const queryAt = url.indexOf('?')
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
  return isPagePath(pathname) ? { pathname, search: queryAt === -1 ? '' : url.slice(queryAt) } : null
}

/**
 * The internal address of a page for a variant code. A query string other than Next.js's own
 * `_rsc` marks a filtered listing. A search is a cached page of its own, addressed by its
 * canonical query (server/searchKey.mjs).
 * @param {{ pathname: string, search: string }} page
 * @param {string} code
 */
function internalUrl({ pathname, search }, code) {
  // Below /search is the cached result route (`/<code>/search/<segment>`), for the preload's own
  // addresses only: a visitor's `/search/…` is no page (slugs have no `_`, so neither is this).
  if (pathname.startsWith('/search/')) return `/${code}/_no-page${pathname}`
  if (pathname === '/search') {
    const key = searchKey(search)
    const rsc = new URLSearchParams(search).get('_rsc')
    return `/${code}/search${key ? `/${searchSegment(key)}` : ''}${rsc === null ? '' : `?_rsc=${encodeURIComponent(rsc)}`}`
  }
  const filtered =
    FILTERABLE_LISTINGS.has(pathname) && [...new URLSearchParams(search).keys()].some((key) => key !== '_rsc')
  return `/${code}${filtered ? '/_list' : ''}${pathname === '/' ? '' : pathname}${search}`
}

/**
 * The internal address of a page request for a variant code, or null for requests that are not
 * pages.
 * @param {string} url the request's path and query
 * @param {string} code
 */
export function variantUrl(url, code) {
  const page = pageRequest(url)
  return page ? internalUrl(page, code) : null
}

/**
 * Next.js marks a cached page `s-maxage=…` (shared caches may keep it). The body depends on the
 * consent cookie, so only the visitor's own browser may keep it, and it revalidates by ETag.
 * Dynamic pages keep Next.js's `no-store`; an editor's preview is never stored at all.
 * A redirect Next.js builds from the internal address (such as its own `_rsc` check) points
 * back to the public one: a variant's address is never shown.
 * @param {import('node:http').ServerResponse} res
 * @param {boolean} preview
 * @param {string} code
 */
function keepPrivate(res, preview, code) {
  const setHeader = res.setHeader
  const internal = `/${code}`
  res.setHeader = function setHeaderPrivately(name, value) {
    const header = String(name).toLowerCase()
    if (header === 'cache-control') {
      if (preview) return setHeader.call(this, name, PREVIEW_CACHE_CONTROL)
      if (/s-maxage|public/.test(String(value))) return setHeader.call(this, name, 'private, no-cache')
    }
    if (header === 'location' && typeof value === 'string') {
      return setHeader.call(this, name, publicLocation(value, internal))
    }
    return setHeader.call(this, name, value)
  }
  if (preview) res.setHeader('Cache-Control', PREVIEW_CACHE_CONTROL)
}

/**
 * @param {string} location
 * @param {string} internal the variant's path prefix, `/<code>`
 */
export function publicLocation(location, internal) {
  if (location.startsWith(`${internal}/search/`)) {
    const [segment = '', rest = ''] = location.slice(internal.length + '/search/'.length).split('?')
    const query = [searchKeyOf(segment), rest].filter(Boolean).join('&')
    return `/search?${query}`
  }
  for (const prefix of [`${internal}/_list`, internal]) {
    if (location === prefix) return '/'
    if (location.startsWith(`${prefix}/`) || location.startsWith(`${prefix}?`)) {
      const rest = location.slice(prefix.length)
      return rest.startsWith('?') ? `/${rest}` : rest
    }
  }
  return location
}

const NOTICES = new Set(['accepted', 'rejected', 'saved'])

/** Next.js's draft mode cookie: an editor's preview, which bypasses the cache. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'
const PREVIEW_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate'

// Matches how POST /consent sets it (Secure on an https site), so the browser replaces it.
const NOTICE_DELETION = `${CONSENT_NOTICE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${
  process.env.SITE_URL?.startsWith('https://') ? '; Secure' : ''
}`

/**
 * The request listener, run before Next.js's own. Returns the variant chosen for a page request
 * and the page's public path, or null for other requests.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {{ variantCode: string, pathname: string } | null}
 */
export function routePageRequest(req, res) {
  // Files and route handlers first: they need no cookie read.
  const page = req.url ? pageRequest(req.url) : null
  if (!page) return null
  const chosen = chooseVariant(routingPolicy(), {
    cookieHeader: req.headers.cookie,
    gpc: req.headers['sec-gpc'] === '1',
  })
  // The one-time confirmation is for the page the browser loads next, not for a router request
  // (a prefetch) that happens to go out first: that one gets the page without it, and leaves the
  // cookie for the page.
  const routerRequest = req.headers.rsc === '1'
  const variant = routerRequest && NOTICES.has(chosen.banner) ? { banner: 'none', mask: chosen.mask } : chosen
  const code = variantCode(/** @type {import('./consentVariant.mjs').Variant} */ (variant))
  req.url = internalUrl(page, code)
  // A HEAD gets what its GET would, headers and all (ETag, encoding, length); Node sends no body
  // for it whatever Next.js writes, as it decided when the request came in.
  if (req.method === 'HEAD') req.method = 'GET'
  keepPrivate(res, Boolean(req.headers.cookie?.includes(`${DRAFT_MODE_COOKIE}=`)), code)
  // The confirmation is shown once: this response carries it, so the cookie goes.
  if (NOTICES.has(variant.banner)) {
    res.appendHeader('Set-Cookie', NOTICE_DELETION)
  }
  return { variantCode: code, pathname: page.pathname }
}
