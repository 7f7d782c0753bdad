import { describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'

describe('slugify', () => {
  it.each([
    ['News & Views', 'news-and-views'],
    ['  Café culture: museums, wellbeing!  ', 'cafe-culture-museums-wellbeing'],
    ['What is social prescribing?', 'what-is-social-prescribing'],
    ['---', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('caps the length without leaving a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(119)} b`)
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
  })
})
