import { describe, expect, it } from 'vitest'

import { normaliseDoi, validateDoi } from '@/lib/validation/doi'
import { normaliseOrcid, orcidCheckCharacter, validateOrcid } from '@/lib/validation/orcid'
import { validateHttpsUrl } from '@/lib/validation/url'

describe('ORCID iD', () => {
  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['0000-0001-5109-3700', '0000-0001-5109-3700'],
    ['0000-0002-1694-233X', '0000-0002-1694-233X'],
  ])('accepts %s', (input, bare) => {
    expect(validateOrcid(input)).toBe(true)
    expect(normaliseOrcid(input)).toBe(bare)
  })

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(orcidCheckCharacter('000000021825009')).toBe('7')
    expect(orcidCheckCharacter('000000021694233')).toBe('X')
  })

  it('rejects a wrong check digit with a specific message', () => {
    expect(validateOrcid('0000-0002-1825-0098')).toMatch(/check digit/)
  })

  it('rejects a malformed value with the expected format', () => {
    expect(validateOrcid('0000-0002-1825')).toMatch(/like 0000-0002-1825-0097/)
  })
})

describe('DOI', () => {
  it.each([
    ['10.1136/bmj.l4211', '10.1136/bmj.l4211'],
    ['doi:10.1136/bmj.l4211', '10.1136/bmj.l4211'],
    ['https://doi.org/10.5555/12345678', '10.5555/12345678'],
  ])('accepts %s', (input, bare) => {
    expect(validateDoi(input)).toBe(true)
    expect(normaliseDoi(input)).toBe(bare)
  })

  it.each(['11.1136/bmj', '10.12/short-registrant', 'not a doi', '10.1136/'])('rejects %s', (input) => {
    expect(validateDoi(input)).toMatch(/Enter a DOI/)
  })
})

describe('web addresses', () => {
  it('accepts http and https and rejects other schemes', () => {
    expect(validateHttpsUrl('https://example.org/a')).toBe(true)
    expect(validateHttpsUrl('javascript:alert(1)')).toMatch(/https/)
    expect(validateHttpsUrl('example.org')).toMatch(/https/)
  })
})
