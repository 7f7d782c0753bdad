/** Dates and times shown to visitors are always UK time, correct across daylight saving changes. */
export const TIME_ZONE = 'Europe/London'

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

export const formatDate = (iso: string) => dateFormat.format(new Date(iso))
export const formatMonth = (iso: string) => monthFormat.format(new Date(iso))
export const formatTime = (iso: string) => timeFormat.format(new Date(iso))

/** "GMT" or "BST" for the given instant. */
export const ukZoneName = (iso: string) =>
  zoneFormat.formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value ?? 'UK time'

/** "12 March 2027, 14:00 to 16:30 GMT", or a date range for all-day or multi-day events. */
export function formatEventTime(startsAt: string, endsAt: string, allDay = false): string {
  const sameDay = formatDate(startsAt) === formatDate(endsAt)
  if (allDay) return sameDay ? formatDate(startsAt) : `${formatDate(startsAt)} to ${formatDate(endsAt)}`
  if (sameDay) return `${formatDate(startsAt)}, ${formatTime(startsAt)} to ${formatTime(endsAt)} ${ukZoneName(endsAt)}`
  return `${formatDate(startsAt)}, ${formatTime(startsAt)} ${ukZoneName(startsAt)} to ${formatDate(endsAt)}, ${formatTime(endsAt)} ${ukZoneName(endsAt)}`
}
