/**
 * Link targets editors may use: web pages (http, https), e-mail (mailto), telephone (tel), and paths
 * ("/about") or anchors ("#methods") on this site. Anything else (javascript:, data:, vbscript:,
 * protocol-relative "//host", scheme-less "www.host") is refused when saved and not linked when rendered.
 */
export const LINK_URL_MESSAGE =
  'Use a full address starting with https://, a mailto: or tel: link, or a path on this site starting with / or #.'

const MAX_LENGTH = 2000
const ABSOLUTE = /^(?:https?:\/\/[^/?#]|mailto:[^/]|tel:\+?[\d(])/i
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export function isSafeLinkUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return false
  // Browsers drop tabs and newlines inside an address and treat "\" as "/": "java\tscript:" and
  // "/\host" must never get that far. No control character, space or backslash is ever needed.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/.test(value)) return false
  if (value.startsWith('#')) return true
  if (value.startsWith('/')) return !value.startsWith('//')
  if (!ABSOLUTE.test(value)) return false
  try {
    const url = new URL(value)
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false
    return url.protocol === 'mailto:' || url.protocol === 'tel:' || url.hostname.length > 0
  } catch {
    return false
  }
}

/** Payload field validator for a link address (empty values are left to `required`). */
export function validateLinkUrl(value: string | null | undefined): true | string {
  if (value === null || value === undefined || value === '') return true
  return isSafeLinkUrl(value) ? true : LINK_URL_MESSAGE
}

/** The address to render, or `undefined` when a stored value (perhaps saved before the rule) is not safe. */
export function safeHref(value: string | null | undefined): string | undefined {
  return isSafeLinkUrl(value) ? value : undefined
}
