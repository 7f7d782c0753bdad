import { describe, expect, it } from 'vitest'

import { listingHref } from '@/lib/listing/href'
import { enumParam, listingParams, slugParam, yearParam } from '@/lib/listing/params'

const parse = listingParams({
  mode: enumParam(['in-person', 'online', 'hybrid']),
  theme: slugParam,
  year: yearParam,
})

const absent = { page: 1, mode: null, theme: null, year: null }

describe('listingParams', () => {
  it('reads valid values, typed', () => {
    expect(parse({ page: '3', mode: 'online', theme: 'evaluation-methods', year: '2025' })).toEqual({
      page: 3,
      mode: 'online',
      theme: 'evaluation-methods',
      year: 2025,
    })
  })

  it('is the first page with nothing chosen for an empty address', () => {
    expect(parse({})).toEqual(absent)
  })

  it.each([
    ['a page that is not a number', { page: 'abc' }],
    ['page 0', { page: '0' }],
    ['a negative page', { page: '-2' }],
    ['a fractional page', { page: '1.5' }],
    ['a page with a leading zero', { page: '02' }],
    ['an absurd page', { page: '9999999' }],
    ['an empty page', { page: '' }],
    ['a repeated page', { page: ['1', '2'] }],
    ['an unknown enum value', { mode: 'by-carrier-pigeon' }],
    ['an enum value in another case', { mode: 'Online' }],
    ['a repeated enum value', { mode: ['online', 'hybrid'] }],
    ['a theme that is no slug', { theme: '<script>' }],
    ['an empty theme', { theme: '' }],
    ['an over-long theme', { theme: 'x'.repeat(121) }],
    ['a repeated theme', { theme: ['a', 'b'] }],
    ['a year that is no year', { year: '19x9' }],
  ])('ignores %s, as if it were absent', (_, query) => {
    expect(parse(query)).toEqual(absent)
  })

  it('ignores one bad value and keeps the good ones beside it', () => {
    expect(parse({ page: 'first', mode: 'hybrid', theme: 'nope!', utm_source: 'newsletter' })).toEqual({
      ...absent,
      mode: 'hybrid',
    })
  })

  it('trims spaces a pasted link may carry', () => {
    expect(parse({ page: ' 2 ', mode: 'online ' })).toEqual({ ...absent, page: 2, mode: 'online' })
  })
})

describe('listingHref', () => {
  it('is the bare address for the first page of everything', () => {
    expect(listingHref('/projects', {})).toBe('/projects')
    expect(listingHref('/projects', { status: null, theme: undefined, page: 1 })).toBe('/projects')
    expect(listingHref('/projects', { theme: '', page: 0 })).toBe('/projects')
  })

  it('keeps parameters in the order given, page last', () => {
    expect(listingHref('/reports', { type: 'briefing', year: 2025, theme: 'loneliness', page: 2 })).toBe(
      '/reports?type=briefing&year=2025&theme=loneliness&page=2',
    )
  })

  it('drops values equal to their default', () => {
    const defaults = { when: 'upcoming' }
    expect(listingHref('/events', { when: 'upcoming', mode: 'online' }, defaults)).toBe('/events?mode=online')
    expect(listingHref('/events', { when: 'past', page: 3 }, defaults)).toBe('/events?when=past&page=3')
  })

  it('encodes values', () => {
    expect(listingHref('/news', { theme: 'a b&c' })).toBe('/news?theme=a+b%26c')
  })
})
