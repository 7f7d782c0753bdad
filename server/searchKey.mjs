/**
 * Search result pages are cached like other pages, one per distinct search: the preload turns
 * `/search?q=…&type=…` into the path `/<code>/search/<segment>`, where the segment holds the query
 * string in one canonical form (parameters the page reads, values trimmed, repeated ones sorted).
 * The same search typed twice, with its filters in any order, is rendered once and then served
 * from the cache until content changes. Values are not judged here: the page ignores what it
 * cannot use.
 */

/** The parameters of lib/queries/search.ts, and how many values each may have. */
const PARAMETERS = /** @type {const} */ ([
  ['q', 1],
  ['type', 10],
  ['theme', 20],
  ['year', 20],
  ['sort', 1],
  ['page', 1],
])
const MAX_QUERY = 200
const MAX_VALUE = 100

/**
 * The canonical key of a search's query string, or '' when there is nothing to search for (the
 * empty search page, a page of its own).
 * @param {string} search the query string, with or without its `?`
 */
export function searchKey(search) {
  const params = new URLSearchParams(search)
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY)
  if (!q) return ''
  const canonical = new URLSearchParams({ q })
  for (const [name, limit] of PARAMETERS) {
    if (name === 'q') continue
    const values = [
      ...new Set(
        params
          .getAll(name)
          .map((value) => value.trim().slice(0, MAX_VALUE))
          .filter(Boolean),
      ),
    ]
      .sort()
      .slice(0, limit)
    for (const value of values) canonical.append(name, value)
  }
  return canonical.toString()
}

/**
 * The path segment that carries a key: base64url, which no decoding on the way changes. Next.js
 * decodes part of a path's escapes before the page sees it (`%25` but not `%2B`), so a
 * percent-encoded key would reach the page with a searched `+` turned into a space.
 * @param {string} key
 */
export function searchSegment(key) {
  return Buffer.from(key, 'utf8').toString('base64url')
}

/**
 * The key a segment carries (what the page reads); anything else gives some string, never an error.
 * @param {string} segment
 */
export function searchKeyOf(segment) {
  return Buffer.from(segment, 'base64url').toString('utf8')
}
