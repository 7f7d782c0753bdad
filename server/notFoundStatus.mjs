/**
 * The status of a page that shows the site's 404 page. Next.js 16 sets the status of a
 * `notFound()` thrown inside a Suspense boundary only when it renders a page whole for its cache;
 * a page rendered per request (a listing asked for a page past its last) is sent as 200. The
 * 404 message carries a marker attribute (components/layout/NotFoundMessage.tsx), and the HTML
 * passes through the preload whole before its headers go out (server/securityHeaders.mjs), so
 * the status can still be put right there. Remove this when Next.js sets the status of a
 * streamed render's `notFound()` (https://github.com/vercel/next.js/issues/62228).
 */
export const NOT_FOUND_MARKER = 'data-http-status="404"'

/**
 * 404 for the HTML of a 404 page sent as 200; otherwise null (leave the status alone).
 * @param {string} html
 * @param {number} status the status the response would have
 */
export function notFoundStatus(html, status) {
  return status === 200 && html.includes(NOT_FOUND_MARKER) ? 404 : null
}
