export type HrefParams = Record<string, string | number | null | undefined>

/**
 * The address of a listing view: `base` plus its parameters in the order given. Empty values,
 * values equal to their default (`defaults`) and page 1 are left out, so each view has one address.
 */
export function listingHref(base: string, params: HrefParams, defaults: HrefParams = {}): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue
    if (name === 'page' && Number(value) <= 1) continue
    if (defaults[name] !== undefined && String(defaults[name]) === String(value)) continue
    query.set(name, String(value))
  }
  const search = query.toString()
  return search ? `${base}?${search}` : base
}
