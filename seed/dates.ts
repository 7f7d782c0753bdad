/**
 * Dates for the demo content, relative to the moment of seeding so that "upcoming" stays upcoming.
 * Event times are UK wall-clock times (Europe/London), converted to the UTC instant Payload stores.
 */
const zone = 'Europe/London'

export interface CalendarDay {
  year: number
  /** 1 to 12. */
  month: number
  day: number
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
})

function londonParts(instant: Date) {
  const parts = formatter.formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  }
}

/** Minutes UK time is ahead of UTC at this instant: 0 in winter (GMT), 60 in summer (BST). */
function londonOffset(instant: Date): number {
  const p = londonParts(instant)
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - instant.getTime()) / 60_000
}

/** The instant (ISO, UTC) of a UK wall-clock time. */
export function londonTime(day: CalendarDay, hour: number, minute = 0): string {
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute)
  const first = wall - londonOffset(new Date(wall)) * 60_000
  // Near a clock change the offset at the guess can differ from the offset at the answer.
  const answer = wall - londonOffset(new Date(first)) * 60_000
  return new Date(answer).toISOString()
}

/** The UK calendar day `days` after (or before, when negative) the day of `now`. */
export function ukDay(now: Date, days: number): CalendarDay {
  const today = londonParts(now)
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** A date-only value (publication dates): midday UTC, which is the same day in the UK all year. */
export function daysAgo(now: Date, days: number): string {
  const day = ukDay(now, -days)
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 12)).toISOString()
}

/** A month-only value (project start and end): the first of the month, `months` from now. */
export function monthsFromNow(now: Date, months: number): string {
  const today = londonParts(now)
  return new Date(Date.UTC(today.year, today.month - 1 + months, 1, 12)).toISOString()
}

function lastSunday(year: number, month: number): CalendarDay {
  const last = new Date(Date.UTC(year, month, 0))
  return { year, month, day: last.getUTCDate() - last.getUTCDay() }
}

/** The next day UK clocks change (last Sunday of March or October), at least a week away. */
export function nextClockChange(now: Date): CalendarDay {
  const soon = now.getTime() + 7 * 86_400_000
  const year = londonParts(now).year
  const candidates = [year, year + 1].flatMap((y) => [lastSunday(y, 3), lastSunday(y, 10)])
  const next = candidates.find((day) => Date.UTC(day.year, day.month - 1, day.day) > soon)
  if (!next) throw new Error(`No UK clock change found after ${now.toISOString()}`)
  return next
}

/** A day in the most recent July that is over: the UK is on summer time (BST) then. */
export function lastJulyDay(now: Date, day = 9): CalendarDay {
  const today = londonParts(now)
  const year = today.month > 7 || (today.month === 7 && today.day > day) ? today.year : today.year - 1
  return { year, month: 7, day }
}

export const addDays = (day: CalendarDay, days: number): CalendarDay => {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}
