import { describe, expect, it } from 'vitest'

import { formatEventTime, ukDateParts, ukIsoDate, ukIsoMonth, ukYear, ukZoneName } from '@/lib/format/dates'
import { formatFileSize } from '@/lib/format/fileSize'
import { hostOf, truncateAtWord } from '@/lib/format/text'

describe('UK time', () => {
  it('shows winter instants in GMT and summer instants in BST', () => {
    expect(formatEventTime('2027-01-12T14:00:00.000Z', '2027-01-12T16:30:00.000Z')).toBe(
      '12 January 2027, 14:00 to 16:30 GMT',
    )
    expect(formatEventTime('2027-06-12T13:00:00.000Z', '2027-06-12T15:30:00.000Z')).toBe(
      '12 June 2027, 14:00 to 16:30 BST',
    )
  })

  it('is right across the change to summer time', () => {
    // Clocks go forward at 01:00 GMT on 28 March 2027.
    expect(ukZoneName('2027-03-28T00:30:00.000Z')).toBe('GMT')
    expect(ukZoneName('2027-03-28T01:30:00.000Z')).toBe('BST')
    expect(formatEventTime('2027-03-27T10:00:00.000Z', '2027-03-28T10:00:00.000Z')).toBe(
      '27 March 2027, 10:00 GMT to 28 March 2027, 11:00 BST',
    )
  })

  it('shows all-day events as dates only', () => {
    expect(formatEventTime('2027-05-01T08:00:00.000Z', '2027-05-02T16:00:00.000Z', true)).toBe(
      '1 May 2027 to 2 May 2027',
    )
  })
})

describe('UK calendar days, months and years', () => {
  it.each([
    // GMT: midnight in the UK is midnight UTC.
    ['2027-01-31T23:59:00.000Z', '2027-01-31', '2027-01'],
    ['2027-02-01T00:00:00.000Z', '2027-02-01', '2027-02'],
    // BST: midnight in the UK is 23:00 UTC the evening before.
    ['2027-06-30T22:59:00.000Z', '2027-06-30', '2027-06'],
    ['2027-06-30T23:00:00.000Z', '2027-07-01', '2027-07'],
  ])('%s is the UK day %s in the month %s', (iso, day, month) => {
    expect(ukIsoDate(iso)).toBe(day)
    expect(ukIsoMonth(iso)).toBe(month)
  })

  it('starts a summer year at 23:00 UTC on 31 December only in BST; in winter at midnight UTC', () => {
    expect(ukYear('2026-12-31T23:30:00.000Z')).toBe(2026)
    expect(ukYear('2027-01-01T00:00:00.000Z')).toBe(2027)
  })

  it('counts days on from a UK day across a month end, for the exclusive end of an all-day event', () => {
    expect(ukIsoDate('2027-06-30T23:00:00.000Z', 1)).toBe('2027-07-02')
    expect(ukIsoDate('2027-12-31T12:00:00.000Z', 1)).toBe('2028-01-01')
  })

  it('reads text that is not a date as no date', () => {
    expect(ukDateParts('not a date')).toBeNull()
    expect(ukDateParts('2026-03-31T23:00:00.000Z')).toEqual({ year: 2026, month: 4, day: 1 })
    expect(() => ukIsoDate('not a date')).toThrow(RangeError)
  })
})

describe('shortened text', () => {
  const abstract = 'Link workers connect people to community groups, activities and services that support wellbeing.'

  it('leaves text within the limit as it is', () => {
    expect(truncateAtWord(abstract, abstract.length)).toBe(abstract)
  })

  it('cuts at the last whole word and drops punctuation left before the ellipsis', () => {
    expect(truncateAtWord(abstract, 50)).toBe('Link workers connect people to community groups…')
    expect(truncateAtWord(abstract, 60)).toBe('Link workers connect people to community groups, activities…')
  })

  it('cuts a single long word at the limit', () => {
    expect(truncateAtWord('Supercalifragilistic', 5)).toBe('Super…')
  })
})

describe('hosts of addresses', () => {
  it('shows the host of an address, and text that is not one as it is', () => {
    expect(hostOf('https://www.bmj.com/content/1')).toBe('www.bmj.com')
    expect(hostOf('not an address')).toBe('not an address')
  })
})

describe('file sizes', () => {
  it.each([
    [512, '512 bytes'],
    [2048, '2.0 KB'],
    [348_160, '340 KB'],
    [1_258_291, '1.2 MB'],
  ])('%i bytes reads as %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text)
  })
})
