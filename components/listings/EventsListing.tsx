import type { Metadata } from 'next'
import Link from 'next/link'
import { cache } from 'react'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { FilterForm } from '@/components/listing/FilterForm'
import { FilterSelect } from '@/components/listing/FilterSelect'
import { ListingTabs } from '@/components/listing/ListingTabs'
import { Pagination } from '@/components/listing/Pagination'
import { ResultsCount } from '@/components/listing/ResultsCount'
import {
  type AttendanceMode,
  attendanceModes,
  eventStatusBadge,
  optionLabel,
  optionValues,
} from '@/lib/content/options'
import { serverEnv } from '@/lib/env'
import { formatEventTime } from '@/lib/format/dates'
import { listingHref } from '@/lib/listing/href'
import { isPastLastPage } from '@/lib/listing/page'
import { enumParam, listingParams, type ListingQuery, slugParam } from '@/lib/listing/params'
import { publicPath } from '@/lib/paths'
import { type EventListItem, type EventTiming, eventTimings, getEventListing } from '@/lib/queries/events'
import { getThemeOptions } from '@/lib/queries/themes'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

const BASE = '/events'
const FEED_PATH = '/events/calendar.ics'

const parseParams = listingParams({
  when: enumParam(eventTimings),
  mode: enumParam(optionValues(attendanceModes)),
  theme: slugParam,
})

const headings: Record<EventTiming, string> = { upcoming: 'Upcoming events', past: 'Past events' }

/** Shared by the page and its metadata; keyed on primitives so that both really share it. */
const loadListing = cache(
  async (when: EventTiming, mode: AttendanceMode | null, themeSlug: string | null, page: number) => {
    const themes = await getThemeOptions()
    const theme = themes.find((option) => option.slug === themeSlug) ?? null
    const results = await getEventListing({ when, mode, themeId: theme?.id ?? null, page })
    return { when, mode, theme, themes, results }
  },
)

function load(query: ListingQuery) {
  const { when, mode, theme, page } = parseParams(query)
  return loadListing(when ?? 'upcoming', mode, theme, page)
}

type Listing = Awaited<ReturnType<typeof loadListing>>

const href = ({ when, mode, theme }: Pick<Listing, 'when' | 'mode' | 'theme'>, page = 1) =>
  listingHref(BASE, { when, mode, theme: theme?.slug, page }, { when: 'upcoming' })

export async function eventsListingMetadata(query: ListingQuery): Promise<Metadata> {
  const { when, results } = await load(query)
  if (isPastLastPage(results)) return notFoundMetadata
  const title = results.page > 1 ? `${headings[when]} (page ${results.page})` : headings[when]
  const description =
    when === 'past'
      ? 'Past talks, workshops and webinars on social prescribing research, with slides and recordings where available.'
      : 'Talks, workshops and webinars on social prescribing research, in person and online. Times are in UK time.'
  // Filtered views share the address of the unfiltered list.
  const canonical = href({ when, mode: null, theme: null }, results.page)
  return {
    title,
    description,
    // Lets calendar apps and browsers discover the subscribable feed from the listing.
    alternates: { canonical, types: { 'text/calendar': FEED_PATH } },
    openGraph: { title, description, url: canonical },
  }
}

/** The events listing: its first page (cached) or a filtered or later page (rendered per request). */
export async function EventsListing({ query }: { query: ListingQuery }) {
  const listing = await load(query)
  const { when, mode, theme, themes, results } = listing
  if (isPastLastPage(results)) return <NotFoundPage />
  const filtered = Boolean(mode || theme)
  const described = [mode && optionLabel(attendanceModes, mode).toLowerCase(), theme && `theme: ${theme.name}`]
  const other: EventTiming = when === 'past' ? 'upcoming' : 'past'

  return (
    <>
      <Breadcrumbs
        items={when === 'past' ? [{ label: 'Events', href: BASE }, { label: 'Past events' }] : [{ label: 'Events' }]}
      />
      <DetailHero
        title={headings[when]}
        intro="Talks, workshops, seminars and webinars from the network, in person and online. All times are UK time."
      />
      <div className="container events">
        <ListingTabs
          label="Upcoming or past events"
          tabs={eventTimings.map((timing) => ({
            href: href({ ...listing, when: timing }),
            label: headings[timing],
            current: timing === when,
          }))}
        />

        <FilterForm
          action={BASE}
          label="Filter events"
          hidden={{ when: when === 'past' ? when : null }}
          clearHref={filtered ? href({ when, mode: null, theme: null }) : null}
        >
          <FilterSelect name="mode" label="Type" allLabel="All types" options={attendanceModes} value={mode} />
          <FilterSelect
            name="theme"
            label="Theme"
            allLabel="All themes"
            options={themes.map((option) => ({ value: option.slug, label: option.name }))}
            value={theme?.slug}
          />
        </FilterForm>

        <section aria-labelledby="event-results" className="event-results">
          <ResultsCount
            headingId="event-results"
            total={results.totalDocs}
            noun={[`${when} event`, `${when} events`]}
            qualifier={filtered ? ` (${described.filter(Boolean).join(', ')})` : ''}
            page={results.page}
            totalPages={results.totalPages}
            empty={`No ${when} events${filtered ? ` (${described.filter(Boolean).join(', ')})` : ''}.`}
          />
          {results.docs.length === 0 ? (
            <p>
              {filtered ? 'Try other filters, or ' : 'New events are announced here. Meanwhile, '}
              <Link href={href({ when: other, mode: null, theme: null })}>see {other} events</Link>.
            </p>
          ) : (
            <ul className="event-list">
              {results.docs.map((event) => (
                <EventItem key={event.id} event={event} />
              ))}
            </ul>
          )}
          <Pagination
            label="Pages of events"
            current={results.page}
            total={results.totalPages}
            href={(page) => href(listing, page)}
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
  const status = eventStatusBadge(event.eventStatus)
  const path = publicPath('events', event)
  return (
    <li className="event-item">
      <h3 className="event-item__title">{path ? <Link href={path}>{event.title}</Link> : event.title}</h3>
      <p className="event-item__meta">
        {status && <strong className={`status-badge status-badge--${event.eventStatus}`}>{status}</strong>}
        <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.allDay ?? false)}</time>
        <span>{optionLabel(attendanceModes, event.attendanceMode)}</span>
      </p>
      <p className="event-item__summary">{event.summary}</p>
    </li>
  )
}
