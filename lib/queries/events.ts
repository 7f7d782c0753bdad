import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import type { CalendarEvent } from '@/lib/calendar/eventCalendar'
import type { AttendanceMode } from '@/lib/content/options'
import type { ListingPage } from '@/lib/listing/page'
import { getPayloadClient } from '@/lib/payload'
import { SLUG_MAX_LENGTH } from '@/lib/slugify'
import type { Event } from '@/payload-types'

export const eventTimings = ['upcoming', 'past'] as const
export type EventTiming = (typeof eventTimings)[number]

export type EventListItem = Pick<
  Event,
  'id' | 'title' | 'slug' | 'summary' | 'startsAt' | 'endsAt' | 'allDay' | 'attendanceMode' | 'eventStatus'
>

export interface EventListingQuery {
  when: EventTiming
  mode?: AttendanceMode | null
  themeId?: number | null
  /** 1-based. A page past the last one comes back empty; the route decides what to answer. */
  page?: number
  perPage?: number
  /** The moment that separates upcoming from past; the request's time unless a test fixes it. */
  now?: Date
}

export interface EventListing extends ListingPage<EventListItem> {
  perPage: number
}

export const EVENTS_PER_PAGE = 10
/** A safety cap on one cached listing; the oldest events would be dropped first. Years of events fit. */
const MAX_LISTED = 1000
/** The subscribable feed starts this many months back, so recent events stay in subscribers' calendars. */
const FEED_MONTHS_BACK = 6
const MAX_FEED = 500

const listItemSelect = {
  title: true,
  slug: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  attendanceMode: true,
  eventStatus: true,
} as const

const calendarSelect = {
  title: true,
  slug: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  attendanceMode: true,
  eventStatus: true,
  venue: true,
  onlineUrl: true,
  updatedAt: true,
  _status: true,
} as const

function publishedEvents(...conditions: Where[]): Where {
  return { and: [{ _status: { equals: 'published' } }, ...conditions] }
}

/**
 * One page of published events, upcoming (soonest first) or past (most recent first). An event is
 * upcoming until it ends. Which events match the filters is cached until an event changes; which
 * of them are past is decided on every request, so an event moves to the past by itself.
 */
export async function getEventListing(query: EventListingQuery): Promise<EventListing> {
  const mode = query.mode ?? null
  const themeId = query.themeId ?? null
  const tags = [cacheTags.collection('events')]
  if (themeId !== null) tags.push(cacheTags.collection('themes'))
  const matching = await unstable_cache(
    async () => findMatchingEvents(await getPayloadClient(), mode, themeId),
    ['events-listing', String(mode), String(themeId)],
    { tags },
  )()
  return pageOfEvents(matching, query)
}

/**
 * `getEventListing` without the cache. Takes the Payload client so integration tests can run it
 * outside Next.js.
 */
export async function findEventListing(payload: Payload, query: EventListingQuery): Promise<EventListing> {
  return pageOfEvents(await findMatchingEvents(payload, query.mode ?? null, query.themeId ?? null), query)
}

function pageOfEvents(
  matching: EventListItem[],
  { when, page = 1, perPage = EVENTS_PER_PAGE, now = new Date() }: EventListingQuery,
): EventListing {
  const moment = now.getTime()
  const chosen =
    when === 'upcoming'
      ? matching.filter((event) => Date.parse(event.endsAt) >= moment).sort(byStart)
      : matching.filter((event) => Date.parse(event.endsAt) < moment).sort((a, b) => byStart(b, a))
  const size = Math.max(1, Math.trunc(perPage))
  const current = Math.max(1, Math.trunc(page))
  return {
    docs: chosen.slice((current - 1) * size, current * size),
    totalDocs: chosen.length,
    page: current,
    perPage: size,
    totalPages: Math.ceil(chosen.length / size),
  }
}

const byStart = (a: EventListItem, b: EventListItem) => Date.parse(a.startsAt) - Date.parse(b.startsAt)

async function findMatchingEvents(
  payload: Payload,
  mode: AttendanceMode | null,
  themeId: number | null,
): Promise<EventListItem[]> {
  const conditions: Where[] = []
  if (mode) conditions.push({ attendanceMode: { equals: mode } })
  if (themeId !== null) conditions.push({ themes: { in: [themeId] } })
  const result = await payload.find({
    collection: 'events',
    where: publishedEvents(...conditions),
    select: listItemSelect,
    sort: '-startsAt',
    depth: 0,
    limit: MAX_LISTED,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs as EventListItem[]
}

/** The first moment the subscribable feed covers: the start of the UTC day six months before `now`. */
export function feedStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - FEED_MONTHS_BACK, now.getUTCDate()))
}

/**
 * Published events for the subscribable calendar: everything that ended less than six months ago
 * or has not ended, soonest first. Cached per day (the window moves daily) until an event changes.
 */
export async function getCalendarFeedEvents(now = new Date()): Promise<CalendarEvent[]> {
  const since = feedStart(now)
  return unstable_cache(
    async () => findCalendarFeedEvents(await getPayloadClient(), since),
    ['events-calendar-feed', since.toISOString()],
    { tags: [cacheTags.collection('events')] },
  )()
}

export async function findCalendarFeedEvents(payload: Payload, since: Date): Promise<CalendarEvent[]> {
  const result = await payload.find({
    collection: 'events',
    where: publishedEvents({ endsAt: { greater_than_equal: since.toISOString() } }),
    select: calendarSelect,
    sort: 'startsAt',
    depth: 0,
    limit: MAX_FEED,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs as CalendarEvent[]
}

/** One published event for its calendar download; null when there is none (or only a draft). */
export async function getCalendarEvent(slug: string): Promise<CalendarEvent | null> {
  if (slug.length > SLUG_MAX_LENGTH) return null
  return unstable_cache(
    async () => findCalendarEvent(await getPayloadClient(), slug),
    ['events-calendar-event', slug],
    { tags: [cacheTags.collection('events'), cacheTags.document('events', slug)] },
  )()
}

export async function findCalendarEvent(payload: Payload, slug: string): Promise<CalendarEvent | null> {
  const result = await payload.find({
    collection: 'events',
    where: publishedEvents({ slug: { equals: slug } }),
    select: calendarSelect,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return (result.docs[0] as CalendarEvent | undefined) ?? null
}
