import { MAX_OPTIONAL_CHOICES } from '@/server/consentVariant.mjs'

/** Field validations of the cookie settings (return true or the message editors see). */
export const validateConsentSlug = (value: unknown): true | string =>
  typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
    ? true
    : 'Use lower-case letters, digits and single hyphens, e.g. "analytics".'

export const validateCookieDomain = (value: unknown): true | string =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'string' && /^\.?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(value))
    ? true
    : 'A domain such as ".example.org", or empty for this website.'

export const validateCookiePath = (value: unknown): true | string =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'string' && /^\/[A-Za-z0-9._~\-/]*$/.test(value))
    ? true
    : 'A path that starts with "/", such as "/" or "/events".'

export const validateCookiePattern = (value: unknown): true | string =>
  typeof value === 'string' && /^[A-Za-z0-9_.\-*]+$/.test(value)
    ? true
    : 'A cookie name, with * for any characters (letters, digits, _ . - and *).'

export const validateScriptUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Enter an address.'
  if (/^\/(?![/\\])[^\\]*$/.test(value)) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:') return true
    // Plain http only on the machine itself (development and tests).
    if (url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname)) return true
  } catch {
    return 'Enter an address that starts with https://, or a path on this site.'
  }
  return 'Enter an address that starts with https://, or a path on this site.'
}

/** Slugs within one list of categories or services are what visitors' choices refer to: unique. */
export const validateUniqueSlugs = (value: unknown): true | string => {
  if (!Array.isArray(value)) return true
  const slugs = value.map((row) => (row && typeof row === 'object' ? (row as { slug?: unknown }).slug : undefined))
  const repeated = slugs.find((slug, index) => slug && slugs.indexOf(slug) !== index)
  return repeated ? `The slug "${String(repeated)}" is used twice: each one must be different.` : true
}

/**
 * Unique slugs, and at most MAX_OPTIONAL_CHOICES things to agree to (optional services, and
 * optional categories without services): each page exists once per combination a visitor can
 * choose, so the number of combinations stays small.
 */
export const validateCategories = (value: unknown): true | string => {
  const unique = validateUniqueSlugs(value)
  if (unique !== true || !Array.isArray(value)) return unique
  const choices = value
    .filter((category) => category && typeof category === 'object' && !(category as { necessary?: unknown }).necessary)
    .reduce((count: number, category) => {
      const services = (category as { services?: unknown }).services
      return count + (Array.isArray(services) && services.length > 0 ? services.length : 1)
    }, 0)
  return choices > MAX_OPTIONAL_CHOICES
    ? `Offer at most ${MAX_OPTIONAL_CHOICES} optional services (an optional category without services counts as one); there are ${choices}.`
    : true
}
