/**
 * Dates and times shown to visitors are always UK time, correct across daylight saving changes.
 * This is the one place that names the zone: pages, feeds, calendars and citations take UK dates from here.
 */
const TIME_ZONE = 'Europe/London'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, month: 'long', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})
const zoneFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, timeZoneName: 'short' })
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
})

export const formatDate = (iso: string) => dateFormat.format(new Date(iso))
export const formatMonth = (iso: string) => monthFormat.format(new Date(iso))
export const formatTime = (iso: string) => timeFormat.format(new Date(iso))

/** "GMT" or "BST" for the given instant. */
export const ukZoneName = (iso: string) =>
  zoneFormat.formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value ?? 'UK time'

export interface UkDateParts {
  year: number
  /** 1 to 12. */
  month: number
  day: number
}

/** The UK calendar day of an instant; null for text that is not a date. */
export function ukDateParts(iso: string): UkDateParts | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const parts = partsFormat.formatToParts(date)
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((item) => item.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

function requireUkDateParts(iso: string): UkDateParts {
  const parts = ukDateParts(iso)
  if (!parts) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`)
  return parts
}

/** "2027-06-01": the UK calendar day of an instant, `addDays` later (for exclusive ends of all-day events). */
export function ukIsoDate(iso: string, addDays = 0): string {
  const { year, month, day } = requireUkDateParts(iso)
  return new Date(Date.UTC(year, month - 1, day + addDays)).toISOString().slice(0, 10)
}

/** "2025-03": the UK calendar month of an instant (projects are dated to the month). */
export function ukIsoMonth(iso: string): string {
  const { year, month } = requireUkDateParts(iso)
  return `${year}-${String(month).padStart(2, '0')}`
}

/** The UK calendar year of an instant. */
export const ukYear = (iso: string): number => requireUkDateParts(iso).year

/** "12 March 2027, 14:00 to 16:30 GMT", or a date range for all-day or multi-day events. */
export function formatEventTime(startsAt: string, endsAt: string, allDay = false): string {
  const sameDay = formatDate(startsAt) === formatDate(endsAt)
  if (allDay) return sameDay ? formatDate(startsAt) : `${formatDate(startsAt)} to ${formatDate(endsAt)}`
  if (sameDay) return `${formatDate(startsAt)}, ${formatTime(startsAt)} to ${formatTime(endsAt)} ${ukZoneName(endsAt)}`
  return `${formatDate(startsAt)}, ${formatTime(startsAt)} ${ukZoneName(startsAt)} to ${formatDate(endsAt)}, ${formatTime(endsAt)} ${ukZoneName(endsAt)}`
}
