import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator'

import { ukIsoDate } from '@/lib/format/dates'
import { eventStatuses, eventStatusNotices, optionLabel } from '@/lib/content/options'
import { publicPath } from '@/lib/paths'
import type { Event } from '@/payload-types'

/** What a calendar entry needs from an event. `_status` lets the builder refuse drafts outright. */
export type CalendarEvent = Pick<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'startsAt'
  | 'endsAt'
  | 'allDay'
  | 'attendanceMode'
  | 'eventStatus'
  | 'venue'
  | 'onlineUrl'
  | 'updatedAt'
  | '_status'
>

export interface CalendarOptions {
  /** The site's origin, e.g. https://example.org: event links and UIDs are built from it. */
  siteUrl: string
  /** A subscribable feed has a name, a refresh interval and its own address; a single-event file has none. */
  feed?: { name: string; description: string; path: string }
}

/** Calendar apps re-read a subscription at most this often (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const FEED_REFRESH_SECONDS = 6 * 60 * 60

const statuses: Record<Event['eventStatus'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  // Still on the calendar at its old date, but not to be relied on.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
}

/** Many calendar apps ignore STATUS in subscriptions, so the title says it too (the event itself did not move online). */
function titlePrefix(status: Event['eventStatus']): string {
  return status === 'cancelled' || status === 'postponed' ? `${optionLabel(eventStatuses, status)}: ` : ''
}

/** The same for an event wherever it appears (single download or feed), so calendar apps update it in place. */
export function eventUid(eventId: number, siteUrl: string): string {
  return `event-${eventId}@${new URL(siteUrl).host}`
}

/** An iCalendar (RFC 5545) document of the published events given; drafts are left out whatever the caller passes. */
export function renderEventCalendar(events: CalendarEvent[], { siteUrl, feed }: CalendarOptions): string {
  const origin = siteUrl.replace(/\/+$/, '')
  const calendar = ical({
    prodId: { company: 'Oxford Social Prescribing Research Network', product: 'Events', language: 'EN' },
    ...(feed && {
      name: feed.name,
      description: feed.description,
      url: `${origin}/events`,
      source: `${origin}${feed.path}`,
      ttl: FEED_REFRESH_SECONDS,
    }),
  })
  for (const event of events) {
    if (event._status !== 'published') continue
    calendar.createEvent(toCalendarEntry(event, origin))
  }
  return calendar.toString()
}

function toCalendarEntry(event: CalendarEvent, origin: string): ICalEventData {
  const url = `${origin}${publicPath('events', event) ?? '/events'}`
  const online = event.attendanceMode !== 'in-person' || event.eventStatus === 'moved-online'
  const description = [
    event.summary,
    eventStatusNotices[event.eventStatus],
    online && event.onlineUrl ? `Join online: ${event.onlineUrl}` : undefined,
    `Details and registration: ${url}`,
  ]
  return {
    id: eventUid(event.id, origin),
    // The time of the last change, not of the download: the same event gives the same entry.
    stamp: new Date(event.updatedAt),
    lastModified: new Date(event.updatedAt),
    ...eventTimes(event),
    summary: `${titlePrefix(event.eventStatus)}${event.title}`,
    description: description.filter(Boolean).join('\n\n'),
    location: eventLocation(event) ?? null,
    url,
    status: statuses[event.eventStatus],
  }
}

/**
 * Timed events are UTC instants, which every calendar app shows correctly in its own zone.
 * All-day events are DATE values of the UK calendar days, with the exclusive end RFC 5545 asks for.
 */
function eventTimes(event: CalendarEvent): Pick<ICalEventData, 'start' | 'end' | 'allDay'> {
  if (!event.allDay) return { start: new Date(event.startsAt), end: new Date(event.endsAt) }
  return { start: ukIsoDate(event.startsAt), end: ukIsoDate(event.endsAt, 1), allDay: true }
}

function eventLocation(event: CalendarEvent): string | undefined {
  if (event.attendanceMode === 'online' || event.eventStatus === 'moved-online') return 'Online'
  // One line, without the repeat when the venue's name ends as its address begins ("…, Kellogg College, Kellogg College, …").
  const venue = [event.venue?.name, event.venue?.address]
    .flatMap((text) => text?.split(/\s*[\n,]\s*/) ?? [])
    .filter((part, index, parts) => part && part.toLowerCase() !== parts[index - 1]?.toLowerCase())
    .join(', ')
  if (event.attendanceMode === 'hybrid') return venue ? `${venue} (and online)` : 'Online and in person'
  return venue || undefined
}
