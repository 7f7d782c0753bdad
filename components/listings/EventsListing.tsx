import type { Metadata } from 'next'
import Link from 'next/link'
import { cache } from 'react'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { FilterForm } from '@/components/listing/FilterForm'
import { FilterSelect, ThemeSelect } from '@/components/listing/FilterSelect'
import { ListingTabs } from '@/components/listing/ListingTabs'
import { Pagination } from '@/components/listing/Pagination'
import { ResultsCount } from '@/components/listing/ResultsCount'
import { type AttendanceMode, attendanceModes, optionLabel, optionValues } from '@/lib/content/options'
import { listingHref } from '@/lib/listing/href'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { isPastLastPage } from '@/lib/listing/page'
import { enumParam, listingParams, type ListingQuery, slugParam } from '@/lib/listing/params'
import { type EventTiming, eventTimings, getEventListing } from '@/lib/queries/events'
import { getThemeOptions } from '@/lib/queries/themes'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

import { EventListItem } from './EventListItem'
import { EventsCalendarSubscribe } from './EventsCalendarSubscribe'
import styles from './EventsListing.module.css'

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
  // A page past the last: the site's 404 page, status 404 (server/notFoundStatus.mjs for per-request renders).
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
      <div className="container">
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
          <ThemeSelect themes={themes} value={theme?.slug} />
        </FilterForm>

        <section aria-labelledby="event-results" className={styles.results}>
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
            <ul className={styles.list}>
              {results.docs.map((event) => (
                <EventListItem key={event.id} event={event} />
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

        <EventsCalendarSubscribe feedPath={FEED_PATH} />
      </div>
    </>
  )
}
