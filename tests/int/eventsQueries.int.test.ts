import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderEventCalendar } from '@/lib/calendar/eventCalendar'
import {
  type EventListingQuery,
  feedStart,
  findCalendarEvent,
  findCalendarFeedEvents,
  findEventListing,
} from '@/lib/queries/events'
import type { Event, Theme } from '@/payload-types'
import { seedDemoContent } from '@/seed'

import { type AccessWorld, asSystem, createAccessWorld, createContent } from '../helpers/accessFixtures'
import { getTestPayload } from '../helpers/payload'
import { findThemeOptions } from '@/lib/queries/themes'

let payload: Payload
let world: AccessWorld

/** The demo seed's events (seed/data/events.ts), dated around the moment of seeding. */
const seeded = {
  upcoming: [
    'evidence-cafe-what-do-link-workers-need-from-research',
    'museum-object-handling-taster-session',
    'webinar-measuring-wellbeing-in-arts-on-prescription',
    'walking-seminar-green-space-and-health',
    'weekend-writing-retreat-from-evaluation-to-publication',
  ],
  past: [
    'symposium-social-prescribing-and-the-museum',
    'workshop-co-designing-research-with-public-contributors',
    'summer-school-evaluating-social-prescribing',
  ],
}

const hour = 60 * 60 * 1000
const day = 24 * hour
const at = (offset: number) => new Date(Date.now() + offset).toISOString()

/** Fixtures of this file; the secrets exist only in drafts. */
let draftOnly: Event
let republished: Event
let endingSoon: Event
let longAgo: Event
let green: Theme
let arts: Theme
const secrets: string[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemoContent(payload, { withUsers: false, ifEmpty: true })
  // Another file may have emptied the events but left pages, which stops `ifEmpty` from seeding.
  const present = await payload.count({
    collection: 'events',
    where: { slug: { in: [...seeded.upcoming, ...seeded.past] } },
    overrideAccess: true,
  })
  if (present.totalDocs < seeded.upcoming.length + seeded.past.length) {
    await seedDemoContent(payload, { withUsers: false, ifEmpty: false })
  }

  world = await createAccessWorld(payload, 'events')
  const themes = await findThemeOptions(payload)
  green = themes.find((theme) => theme.slug === 'green-space-and-nature') as Theme
  arts = themes.find((theme) => theme.slug === 'arts-culture-and-heritage') as Theme

  draftOnly = await createContent(world, 'events', 'Secret draft event', 'draft', {
    startsAt: at(10 * day),
    endsAt: at(10 * day + 2 * hour),
    attendanceMode: 'online',
    themes: [green.id, arts.id],
  })
  republished = await createContent(world, 'events', 'Published event', 'published', {
    startsAt: at(12 * day),
    endsAt: at(12 * day + 2 * hour),
    attendanceMode: 'online',
  })
  const newerTitle = world.name('Secret newer draft title')
  await payload.update({
    collection: 'events',
    id: republished.id,
    draft: true,
    data: { title: newerTitle },
    ...asSystem,
  })
  endingSoon = await createContent(world, 'events', 'Event in progress', 'published', {
    startsAt: at(-hour),
    endsAt: at(hour),
    attendanceMode: 'in-person',
  })
  longAgo = await createContent(world, 'events', 'Event eight months ago', 'published', {
    startsAt: at(-240 * day),
    endsAt: at(-240 * day + 2 * hour),
    attendanceMode: 'hybrid',
  })
  secrets.push(draftOnly.title, newerTitle)
})

afterAll(async () => {
  await world?.cleanup()
})

/** Every event a listing shows, across all its pages. */
async function allListed(query: EventListingQuery) {
  const first = await findEventListing(payload, { ...query, page: 1 })
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, index) =>
      findEventListing(payload, { ...query, page: index + 2 }),
    ),
  )
  return [first, ...rest].flatMap((page) => page.docs)
}

const slugs = (events: { slug: string }[]) => events.map((event) => event.slug)
const starts = (events: { startsAt: string }[]) => events.map((event) => Date.parse(event.startsAt))

describe('events listing', () => {
  it('lists upcoming events soonest first, including one in progress, and nothing that has ended', async () => {
    const now = new Date()
    const upcoming = await allListed({ when: 'upcoming', now })
    expect(slugs(upcoming)).toEqual(expect.arrayContaining([...seeded.upcoming, endingSoon.slug]))
    for (const slug of seeded.past) expect(slugs(upcoming)).not.toContain(slug)
    expect(starts(upcoming)).toEqual(starts(upcoming).toSorted((a, b) => a - b))
    for (const event of upcoming) expect(Date.parse(event.endsAt)).toBeGreaterThanOrEqual(now.getTime())
  })

  it('lists past events most recent first', async () => {
    const past = await allListed({ when: 'past' })
    expect(slugs(past)).toEqual(expect.arrayContaining([...seeded.past, longAgo.slug]))
    for (const slug of [...seeded.upcoming, endingSoon.slug]) expect(slugs(past)).not.toContain(slug)
    expect(starts(past)).toEqual(starts(past).toSorted((a, b) => b - a))
    expect(slugs(past).indexOf(seeded.past[0]!)).toBeLessThan(slugs(past).indexOf(seeded.past[1]!))
  })

  it('moves an event to the past by itself once it ends, with nothing saved', async () => {
    const later = new Date(Date.parse(endingSoon.endsAt) + 60_000)
    expect(slugs(await allListed({ when: 'upcoming', now: later }))).not.toContain(endingSoon.slug)
    expect(slugs(await allListed({ when: 'past', now: later }))).toContain(endingSoon.slug)
  })

  it('never lists a draft, nor the newer draft of a published event', async () => {
    const listed = [...(await allListed({ when: 'upcoming' })), ...(await allListed({ when: 'past' }))]
    expect(slugs(listed)).not.toContain(draftOnly.slug)
    expect(listed.find((event) => event.id === republished.id)?.title).toBe(republished.title)
    const text = JSON.stringify(listed)
    for (const secret of secrets) expect(text).not.toContain(secret)
    // Even when the filters match only the draft.
    const filtered = await allListed({ when: 'upcoming', mode: 'online', themeId: green.id })
    expect(slugs(filtered)).not.toContain(draftOnly.slug)
  })

  it('filters by type of event', async () => {
    const online = await allListed({ when: 'upcoming', mode: 'online' })
    expect(slugs(online)).toContain('webinar-measuring-wellbeing-in-arts-on-prescription')
    expect(slugs(online)).not.toContain('evidence-cafe-what-do-link-workers-need-from-research')
    for (const event of online) expect(event.attendanceMode).toBe('online')

    const hybridPast = await allListed({ when: 'past', mode: 'hybrid' })
    expect(slugs(hybridPast)).toEqual(expect.arrayContaining(['symposium-social-prescribing-and-the-museum']))
    expect(slugs(hybridPast)).not.toContain('workshop-co-designing-research-with-public-contributors')
    for (const event of hybridPast) expect(event.attendanceMode).toBe('hybrid')
  })

  it('filters by theme, alone and with a type', async () => {
    const greenUpcoming = await allListed({ when: 'upcoming', themeId: green.id })
    expect(slugs(greenUpcoming)).toContain('walking-seminar-green-space-and-health')
    expect(slugs(greenUpcoming)).not.toContain('evidence-cafe-what-do-link-workers-need-from-research')

    const artsOnline = await allListed({ when: 'upcoming', themeId: arts.id, mode: 'online' })
    expect(slugs(artsOnline)).toContain('webinar-measuring-wellbeing-in-arts-on-prescription')
    // An arts event, but in person.
    expect(slugs(artsOnline)).not.toContain('museum-object-handling-taster-session')
  })

  it('pages through the results without repeating or losing any', async () => {
    const everything = await allListed({ when: 'upcoming', perPage: 100 })
    const first = await findEventListing(payload, { when: 'upcoming', perPage: 2, page: 1 })
    expect(first.docs).toHaveLength(2)
    expect(first.totalDocs).toBe(everything.length)
    expect(first.totalPages).toBe(Math.ceil(everything.length / 2))
    const paged = await allListed({ when: 'upcoming', perPage: 2 })
    expect(slugs(paged)).toEqual(slugs(everything))
    const beyond = await findEventListing(payload, { when: 'upcoming', perPage: 2, page: first.totalPages + 1 })
    expect(beyond.docs).toEqual([])
  })
})

describe('calendar queries', () => {
  it('feed: published events from six months ago onwards, never a draft', async () => {
    const feed = await findCalendarFeedEvents(payload, feedStart(new Date()))
    expect(slugs(feed)).toEqual(
      expect.arrayContaining([...seeded.upcoming, 'symposium-social-prescribing-and-the-museum', endingSoon.slug]),
    )
    expect(slugs(feed)).toContain('workshop-co-designing-research-with-public-contributors')
    expect(slugs(feed)).not.toContain(longAgo.slug)
    expect(slugs(feed)).not.toContain(draftOnly.slug)
    for (const event of feed) expect(event._status).toBe('published')
    expect(starts(feed)).toEqual(starts(feed).toSorted((a, b) => a - b))

    const text = renderEventCalendar(feed, { siteUrl: 'https://osprn.example.org' })
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(feed.length)
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it('single event: the published version by slug, and nothing for a draft', async () => {
    const cafe = await findCalendarEvent(payload, 'evidence-cafe-what-do-link-workers-need-from-research')
    expect(cafe?.title).toBe('Evidence café: what do link workers need from research?')
    expect(cafe?.venue?.name).toBe('Seminar Room 2, Kellogg College')
    expect(await findCalendarEvent(payload, draftOnly.slug)).toBeNull()
    expect((await findCalendarEvent(payload, republished.slug))?.title).toBe(republished.title)
    expect(await findCalendarEvent(payload, 'no-such-event')).toBeNull()
  })
})
