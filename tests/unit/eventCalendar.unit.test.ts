import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { type CalendarEvent, eventUid, renderEventCalendar } from '@/lib/calendar/eventCalendar'

const siteUrl = 'https://osprn.example.org'
const feed = { name: 'OSPRN events', description: 'Events of the network.', path: '/events/calendar.ics' }

function fixture(id: number, overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id,
    title: `Event ${id}`,
    slug: `event-${id}`,
    summary: `What event ${id} is about.`,
    startsAt: '2027-01-14T14:00:00.000Z',
    endsAt: '2027-01-14T16:00:00.000Z',
    allDay: false,
    attendanceMode: 'in-person',
    eventStatus: 'scheduled',
    venue: { name: 'Seminar Room 2, Kellogg College', address: 'Kellogg College\n62 Banbury Road\nOxford OX2 6PN' },
    onlineUrl: null,
    updatedAt: '2026-11-01T09:00:00.000Z',
    _status: 'published',
    ...overrides,
  }
}

/** A summer afternoon: 14:00 to 16:30 BST is 13:00 to 15:30 UTC. */
const summerSeminar = fixture(1, {
  title: 'Summer seminar: parks, walking; and health',
  slug: 'summer-seminar',
  startsAt: '2027-06-10T13:00:00.000Z',
  endsAt: '2027-06-10T15:30:00.000Z',
})
/** A winter afternoon: 14:00 to 16:00 GMT is the same in UTC. */
const winterWorkshop = fixture(2, { title: 'Winter workshop', slug: 'winter-workshop' })
/** 1 and 2 July in the UK: stored as UK midnight (23:00 UTC the day before) to the afternoon of the 2nd. */
const summerSchool = fixture(3, {
  title: 'Two-day summer school',
  slug: 'summer-school',
  allDay: true,
  startsAt: '2027-06-30T23:00:00.000Z',
  endsAt: '2027-07-02T15:00:00.000Z',
})
const cancelledTalk = fixture(4, { title: 'Cancelled talk', slug: 'cancelled-talk', eventStatus: 'cancelled' })
const postponedWalk = fixture(5, { title: 'Postponed walk', slug: 'postponed-walk', eventStatus: 'postponed' })
const webinar = fixture(6, {
  title: 'Lunchtime webinar',
  slug: 'lunchtime-webinar',
  attendanceMode: 'online',
  venue: {},
  onlineUrl: 'https://example.org/webinars/join',
})
const draft = fixture(7, { title: 'Secret draft event', slug: 'secret-draft-event', _status: 'draft' })

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => ({
    component,
    event: new ICAL.Event(component),
  }))
  return { calendar, events }
}

function only(text: string) {
  const { events } = parse(text)
  expect(events).toHaveLength(1)
  return events[0]!
}

const ukWallClock = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'medium',
    timeStyle: 'short',
    hour12: false,
  }).format(date)

describe('a single event as an iCalendar file', () => {
  it('is a calendar with one event: its title, link, UID and description with the address of its page', () => {
    const text = renderEventCalendar([summerSeminar], { siteUrl })
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    const { event, component } = only(text)
    expect(event.summary).toBe('Summer seminar: parks, walking; and health')
    expect(event.uid).toBe('event-1@osprn.example.org')
    expect(component.getFirstPropertyValue('url')).toBe('https://osprn.example.org/events/summer-seminar')
    expect(event.description).toContain('What event 1 is about.')
    expect(event.description).toContain('https://osprn.example.org/events/summer-seminar')
    expect(event.location).toBe('Seminar Room 2, Kellogg College, 62 Banbury Road, Oxford OX2 6PN')
    expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    // A download is not a subscription: no calendar name that would make apps create a new calendar.
    expect(text).not.toContain('X-WR-CALNAME')
  })

  it('gives a summer (BST) event the right instants, written in UTC', () => {
    const { event } = only(renderEventCalendar([summerSeminar], { siteUrl }))
    expect(event.startDate.isDate).toBe(false)
    expect(event.startDate.zone?.tzid).toBe('UTC')
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-06-10T13:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-06-10T15:30:00.000Z')
    expect(ukWallClock(event.startDate.toJSDate())).toBe('10 Jun 2027, 14:00')
  })

  it('gives a winter (GMT) event the right instants', () => {
    const { event } = only(renderEventCalendar([winterWorkshop], { siteUrl }))
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-14T14:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-14T16:00:00.000Z')
    expect(ukWallClock(event.startDate.toJSDate())).toBe('14 Jan 2027, 14:00')
  })

  it('writes an all-day event as UK calendar dates, the end being the day after the last day', () => {
    const text = renderEventCalendar([summerSchool], { siteUrl })
    expect(text).toContain('DTSTART;VALUE=DATE:20270701')
    const { event } = only(text)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe('2027-07-01')
    expect(event.endDate.isDate).toBe(true)
    expect(event.endDate.toString()).toBe('2027-07-03')
  })

  it('marks a cancelled event as cancelled, in its status and in its title', () => {
    const { event, component } = only(renderEventCalendar([cancelledTalk], { siteUrl }))
    expect(component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(event.summary).toBe('Cancelled: Cancelled talk')
    expect(event.description).toContain('This event has been cancelled.')
  })

  it('marks a postponed event as tentative', () => {
    const { event, component } = only(renderEventCalendar([postponedWalk], { siteUrl }))
    expect(component.getFirstPropertyValue('status')).toBe('TENTATIVE')
    expect(event.summary).toBe('Postponed: Postponed walk')
  })

  it('places an online event online, with its joining link', () => {
    const { event } = only(renderEventCalendar([webinar], { siteUrl }))
    expect(event.location).toBe('Online')
    expect(event.description).toContain('Join online: https://example.org/webinars/join')
  })

  it('refuses a draft even when one is passed in', () => {
    const text = renderEventCalendar([draft], { siteUrl })
    expect(parse(text).events).toHaveLength(0)
    expect(text).not.toContain('Secret draft event')
  })
})

describe('the subscribable feed', () => {
  const all = [summerSeminar, winterWorkshop, summerSchool, cancelledTalk, postponedWalk, webinar, draft]

  it('holds every published event and no draft', () => {
    const text = renderEventCalendar(all, { siteUrl, feed })
    const { events } = parse(text)
    expect(events.map(({ event }) => event.uid)).toEqual(
      [1, 2, 3, 4, 5, 6].map((id) => `event-${id}@osprn.example.org`),
    )
    expect(text).not.toContain('Secret draft event')
    expect(text).not.toContain('event-7@')
  })

  it('has a name, its own address and a refresh interval for calendar apps', () => {
    const { calendar } = parse(renderEventCalendar(all, { siteUrl, feed }))
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('OSPRN events')
    expect(calendar.getFirstPropertyValue('source')).toBe('https://osprn.example.org/events/calendar.ics')
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT6H')
  })

  it('keeps each event’s UID and entry the same between downloads, the feed and later requests', () => {
    const single = only(renderEventCalendar([summerSeminar], { siteUrl }))
    const inFeed = parse(renderEventCalendar(all, { siteUrl, feed })).events.find(
      ({ event }) => event.summary === summerSeminar.title,
    )
    expect(inFeed?.event.uid).toBe(single.event.uid)
    expect(single.event.uid).toBe(eventUid(1, siteUrl))
    // DTSTAMP is the last change, not the time of the request: the same data gives the same file.
    expect(renderEventCalendar(all, { siteUrl, feed })).toBe(renderEventCalendar(all, { siteUrl, feed }))
    expect(single.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-01T09:00:00Z')
  })
})
