import { describe, expect, it } from 'vitest'

import { formatEventTime, ukZoneName } from '@/lib/format/dates'
import { formatFileSize } from '@/lib/format/fileSize'

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
