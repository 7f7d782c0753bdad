import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { serverEnv } from '@/lib/env'
import { formatEventTime } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import {
  type AttendanceMode,
  attendanceModes,
  type EventListItem,
  type EventTiming,
  getEventListing,
} from '@/lib/queries/events'
import { getThemeOptions } from '@/lib/queries/themes'
import { Pagination } from '@/components/ui/Pagination'

import type { ListingQuery } from './listingQuery'

interface Props {
  query: ListingQuery
}

const FEED_PATH = '/events/calendar.ics'

const modeLabels: Record<AttendanceMode, string> = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' }
const statusLabels: Record<EventListItem['eventStatus'], string | null> = {
  scheduled: null,
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  'moved-online': 'Moved online',
}

/** Anything unexpected in the address (?page=abc, ?mode=nope, repeated values) is ignored. */
const filtersSchema = z.object({
  when: z.enum(['upcoming', 'past']).catch('upcoming'),
  mode: z.enum(attendanceModes).optional().catch(undefined),
  theme: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})

type Filters = z.infer<typeof filtersSchema>

function eventsHref({ when, mode, theme, page }: Partial<Filters>): string {
  const query = new URLSearchParams()
  if (when === 'past') query.set('when', 'past')
  if (mode) query.set('mode', mode)
  if (theme) query.set('theme', theme)
  if (page && page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `/events?${search}` : '/events'
}

const headings: Record<EventTiming, string> = { upcoming: 'Upcoming events', past: 'Past events' }

export async function eventsListingMetadata(query: ListingQuery): Promise<Metadata> {
  const { when, page } = filtersSchema.parse(query)
  const title = page > 1 ? `${headings[when]} (page ${page})` : headings[when]
  const description =
    when === 'past'
      ? 'Past talks, workshops and webinars on social prescribing research, with slides and recordings where available.'
      : 'Talks, workshops and webinars on social prescribing research, in person and online. Times are in UK time.'
  // Filtered views share the address of the unfiltered list.
  const canonical = eventsHref({ when, page })
  return {
    title,
    description,
    // Lets calendar apps and browsers discover the subscribable feed from the listing.
    alternates: { canonical, types: { 'text/calendar': FEED_PATH } },
    openGraph: { title, description, url: canonical },
  }
}

/** The events listing: its first page (cached) or a filtered or later page (rendered per request). */
export async function EventsListing({ query }: Props) {
  const filters = filtersSchema.parse(query)
  const themes = await getThemeOptions()
  const theme = themes.find((option) => option.slug === filters.theme) ?? null
  const { when, mode } = filters
  const current: Filters = { when, mode, theme: theme?.slug, page: filters.page }
  const listing = await getEventListing({ when, mode, themeId: theme?.id ?? null, page: filters.page })
  if (listing.page > Math.max(listing.totalPages, 1)) notFound()

  const filtered = Boolean(mode || theme)
  const described = [mode && modeLabels[mode].toLowerCase(), theme && `theme: ${theme.name}`].filter(Boolean)
  const noun = when === 'past' ? 'past' : 'upcoming'
  const count =
    listing.totalDocs === 0
      ? `No ${noun} events`
      : `${listing.totalDocs} ${noun} ${listing.totalDocs === 1 ? 'event' : 'events'}`

  return (
    <>
      <Breadcrumbs
        items={
          when === 'past' ? [{ label: 'Events', href: '/events' }, { label: 'Past events' }] : [{ label: 'Events' }]
        }
      />
      <DetailHero
        title={headings[when]}
        intro="Talks, workshops, seminars and webinars from the network, in person and online. All times are UK time."
      />
      <div className="container events">
        <nav aria-label="Upcoming or past events" className="events-timing">
          <ul>
            {(['upcoming', 'past'] as const).map((timing) => (
              <li key={timing}>
                <Link
                  href={eventsHref({ ...current, when: timing, page: 1 })}
                  aria-current={timing === when ? 'page' : undefined}
                >
                  {headings[timing]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <form method="get" action="/events" className="event-filters" aria-label="Filter events">
          {when === 'past' && <input type="hidden" name="when" value="past" />}
          <div className="event-filters__field">
            <label htmlFor="event-filter-mode">Type</label>
            <select id="event-filter-mode" name="mode" defaultValue={mode ?? ''}>
              <option value="">All types</option>
              {attendanceModes.map((option) => (
                <option key={option} value={option}>
                  {modeLabels[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="event-filters__field">
            <label htmlFor="event-filter-theme">Theme</label>
            <select id="event-filter-theme" name="theme" defaultValue={theme?.slug ?? ''}>
              <option value="">All themes</option>
              {themes.map((option) => (
                <option key={option.id} value={option.slug}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <div className="event-filters__actions">
            <button type="submit" className="button">
              Apply filters
            </button>
            {filtered && <Link href={eventsHref({ when })}>Clear filters</Link>}
          </div>
        </form>

        <section aria-labelledby="event-results" className="event-results">
          <h2 id="event-results">
            {count}
            {described.length > 0 && <span className="event-results__filters"> ({described.join(', ')})</span>}
          </h2>
          {listing.totalPages > 1 && (
            <p className="event-results__page">
              Page {listing.page} of {listing.totalPages}.
            </p>
          )}
          {listing.docs.length === 0 ? (
            <p>
              {filtered ? 'Try other filters, or ' : 'New events are announced here. Meanwhile, '}
              <Link href={eventsHref({ when: when === 'past' ? 'upcoming' : 'past' })}>
                see {when === 'past' ? 'upcoming' : 'past'} events
              </Link>
              .
            </p>
          ) : (
            <ul className="event-list">
              {listing.docs.map((event) => (
                <EventItem key={event.id} event={event} />
              ))}
            </ul>
          )}
          <Pagination
            label="Pages of events"
            className="pagination"
            current={listing.page}
            total={listing.totalPages}
            href={(page) => eventsHref({ ...current, page })}
          />
        </section>

        <section aria-labelledby="event-subscribe" className="event-subscribe">
          <h2 id="event-subscribe">Subscribe to the events calendar</h2>
          <p>
            Add our events to Google Calendar, Outlook, Apple Calendar or any other calendar app, and new events appear
            there as we announce them. Subscribe with this address: in Google Calendar choose “Other calendars” then
            “From URL”; in Outlook, “Add calendar” then “Subscribe from web”; in Apple Calendar, “File” then “New
            Calendar Subscription”.
          </p>
          <p>
            <code className="event-subscribe__address">{`${serverEnv().SITE_URL}${FEED_PATH}`}</code>
          </p>
          <p>
            <a href={FEED_PATH}>Events calendar feed (iCalendar)</a>
          </p>
        </section>
      </div>
    </>
  )
}

function EventItem({ event }: { event: EventListItem }) {
  const status = statusLabels[event.eventStatus]
  const href = publicPath('events', event)
  return (
    <li className="event-item">
      <h3 className="event-item__title">{href ? <Link href={href}>{event.title}</Link> : event.title}</h3>
      <p className="event-item__meta">
        {status && <strong className={`status-badge status-badge--${event.eventStatus}`}>{status}</strong>}
        <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.allDay ?? false)}</time>
        <span>{modeLabels[event.attendanceMode]}</span>
      </p>
      <p className="event-item__summary">{event.summary}</p>
    </li>
  )
}
