/**
 * ORCID iDs: 16 characters in four groups, the last a ISO 7064 MOD 11-2 check character
 * (https://support.orcid.org/hc/en-us/articles/360006897674).
 */
const ORCID_PATTERN = /^(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/

export function orcidCheckCharacter(baseDigits: string): string {
  let total = 0
  for (const digit of baseDigits) total = (total + Number(digit)) * 2
  const result = (12 - (total % 11)) % 11
  return result === 10 ? 'X' : String(result)
}

/** Returns the bare iD (0000-0002-1825-0097) or null when the value is not a valid ORCID iD. */
export function normaliseOrcid(value: string): string | null {
  const match = ORCID_PATTERN.exec(value.trim())
  const id = match?.[1]
  if (!id) return null
  const digits = id.replace(/-/g, '')
  return orcidCheckCharacter(digits.slice(0, 15)) === digits.slice(15) ? id : null
}

export function validateOrcid(value: string | null | undefined): true | string {
  if (!value) return true
  if (!ORCID_PATTERN.test(value.trim())) return 'Enter an ORCID iD like 0000-0002-1825-0097.'
  return normaliseOrcid(value) ? true : 'This ORCID iD has a wrong check digit: please copy it again from orcid.org.'
}
