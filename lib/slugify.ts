/** The longest slug a document can have: a longer one in an address matches nothing. */
export const SLUG_MAX_LENGTH = 120

/** Lower-case ASCII slug: accents removed, anything else collapsed to single hyphens. */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '')
}
