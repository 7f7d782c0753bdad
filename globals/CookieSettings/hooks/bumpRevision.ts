import type { GlobalBeforeChangeHook } from 'payload'

/** What visitors consent to: a change here means their earlier choice no longer covers it. */
const consentedTo = (doc: Record<string, unknown> | undefined) =>
  JSON.stringify(
    ((doc?.categories as Record<string, unknown>[] | undefined) ?? []).map((category) => ({
      slug: category.slug,
      name: category.name,
      description: category.description,
      necessary: Boolean(category.necessary),
      services: ((category.services as Record<string, unknown>[] | undefined) ?? []).map((service) => ({
        slug: service.slug,
        name: service.name,
        provider: service.provider,
        purpose: service.purpose,
        scriptUrl: service.scriptUrl ?? null,
        cookies: ((service.cookies as Record<string, unknown>[] | undefined) ?? []).map((cookie) => ({
          name: cookie.name,
          domain: cookie.domain ?? null,
          path: cookie.path ?? null,
          expiry: cookie.expiry ?? null,
        })),
      })),
    })),
  )

/**
 * The policy revision rises by one whenever a category or service changes, so every visitor is
 * asked again; editors cannot set it by hand.
 */
export const bumpRevision: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  const previous = typeof originalDoc?.revision === 'number' ? originalDoc.revision : 0
  const changed = previous === 0 || consentedTo(data) !== consentedTo(originalDoc)
  return { ...data, revision: changed ? previous + 1 : previous }
}
