/**
 * DOIs: "10." + registrant code + "/" + suffix (https://www.doi.org/the-identifier/resources/handbook/2_numbering).
 * Accepts a bare DOI, "doi:10…" or a doi.org link, and stores the bare form.
 */
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/

export function normaliseDoi(value: string): string | null {
  const bare = value
    .trim()
    .replace(/^doi:\s*/i, '')
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
  return DOI_PATTERN.test(bare) ? bare : null
}

export function validateDoi(value: string | null | undefined): true | string {
  if (!value) return true
  return normaliseDoi(value) ? true : 'Enter a DOI like 10.1136/bmj.l4211 (or its https://doi.org/ link).'
}
