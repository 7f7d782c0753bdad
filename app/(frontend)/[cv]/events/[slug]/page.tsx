import type { Metadata } from 'next'
import type {
  Event as SchemaEvent,
  EventAttendanceModeEnumeration,
  EventStatusType,
  Organization,
  Person,
  Place,
  VirtualLocation,
  WithContext,
} from 'schema-dts'

import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated, populatedOne } from '@/components/content/populated'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { serverEnv } from '@/lib/env'
import { formatEventTime } from '@/lib/format/dates'
import { formatFileSize } from '@/lib/format/fileSize'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'
import type { Event, Member } from '@/payload-types'
import { safeHref } from '@/lib/validation/linkUrl'

interface Props {
  params: Promise<{ slug: string }>
}

/** Upcoming becomes past by itself: re-rendered in the background after a minute, never older than five. */
export const revalidate = 60

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

const modeLabels = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid: in person and online' } as const
const statusNotices = {
  scheduled: null,
  cancelled: 'This event has been cancelled.',
  postponed: 'This event has been postponed. A new date will be announced.',
  'moved-online': 'This event has moved online.',
} as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const event = await getDocumentBySlug('events', slug)
  return event ? metadataFor(event, `/events/${slug}`, event.summary) : notFoundMetadata
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params
  const event = await getDocumentBySlug('events', slug)
  if (!event) return <NotFoundPage path={`/events/${slug}`} />
  const notice = statusNotices[event.eventStatus]
  const past = new Date(event.endsAt) < new Date()
  // Only a published event has a calendar file; an editor previewing a draft sees no link to a 404.
  const calendarLink = !past && event.eventStatus !== 'cancelled' && event._status === 'published'
  return (
    <>
      <Breadcrumbs items={[{ label: 'Events', href: '/events' }, { label: event.title }]} />
      <article>
        <DetailHero kicker={past ? 'Past event' : 'Event'} title={event.title} intro={event.summary}>
          {notice && (
            <p className="notice notice--warning" role="status">
              <strong>{notice}</strong>
            </p>
          )}
          <FactList
            facts={[
              { term: 'When', value: formatEventTime(event.startsAt, event.endsAt, event.allDay ?? false) },
              { term: 'Format', value: modeLabels[event.attendanceMode] },
              {
                term: 'Where',
                value:
                  event.attendanceMode !== 'online'
                    ? [event.venue?.name, event.venue?.address].filter(Boolean).join(', ')
                    : null,
              },
              {
                term: 'Online',
                value:
                  event.attendanceMode !== 'in-person' && safeHref(event.onlineUrl) && !past ? (
                    <a href={safeHref(event.onlineUrl)}>Join online</a>
                  ) : null,
              },
              {
                term: 'Registration',
                value:
                  safeHref(event.registrationUrl) && !past && event.eventStatus !== 'cancelled' ? (
                    <a href={safeHref(event.registrationUrl)}>Register for this event</a>
                  ) : null,
              },
            ]}
          />
          {calendarLink && (
            <p className="event-calendar-link">
              {/* A plain link: the file comes from a route handler, not a page. */}
              <a href={`/events/${event.slug}/calendar.ics`} className="button button--secondary" download>
                Add to calendar <span className="event-calendar-link__hint">(.ics file)</span>
              </a>
            </p>
          )}
        </DetailHero>
        <div className="container detail">
          <RichText data={event.body} />
          <LinkedList
            heading="Speakers"
            items={(event.speakers ?? []).map((speaker, index) => {
              const member = populatedOne(speaker.member)
              return member
                ? { id: speaker.id ?? index, label: member.name ?? member.slug, href: publicPath('members', member) }
                : { id: speaker.id ?? index, label: [speaker.name, speaker.affiliation].filter(Boolean).join(', ') }
            })}
          />
          <LinkedList
            heading="Materials"
            items={(event.materials ?? []).map((material, index) => {
              const file = populatedOne(material.document)
              const label = file?.filesize
                ? `${material.label} (PDF, ${formatFileSize(file.filesize)})`
                : material.label
              return { id: material.id ?? index, label, href: file?.url ?? material.url }
            })}
          />
          <LinkedList
            heading="Themes"
            items={populated(event.themes).map((theme) => ({ id: theme.id, label: theme.name }))}
          />
        </div>
      </article>
      <JsonLd data={eventJsonLd(event, serverEnv().SITE_URL)} />
    </>
  )
}

const schemaStatuses: Record<Event['eventStatus'], EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
}

const schemaModes: Record<Event['attendanceMode'], EventAttendanceModeEnumeration> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
}

const ukDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

/** schema.org Event for search engines: the same facts as the page, with absolute addresses. */
function eventJsonLd(event: Event, siteUrl: string): WithContext<SchemaEvent> {
  const url = `${siteUrl}/events/${event.slug}`
  // An event that moved online is attended online, whatever the original format was.
  const mode = event.eventStatus === 'moved-online' ? 'online' : event.attendanceMode
  const place: Place | null =
    mode !== 'online' && (event.venue?.name || event.venue?.address)
      ? {
          '@type': 'Place',
          name: event.venue.name ?? undefined,
          address: event.venue.address?.split(/\s*\n\s*/).join(', ') ?? undefined,
        }
      : null
  const virtual: VirtualLocation | null =
    mode !== 'in-person' ? { '@type': 'VirtualLocation', url: event.onlineUrl ?? url } : null
  const locations = [place, virtual].filter((location) => location !== null)
  // All-day events are dates (the UK calendar days); timed ones are instants.
  const date = (iso: string) => (event.allDay ? ukDay.format(new Date(iso)) : iso)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url,
    startDate: date(event.startsAt),
    endDate: date(event.endsAt),
    eventStatus: schemaStatuses[event.eventStatus],
    eventAttendanceMode: schemaModes[mode],
    ...(locations.length > 0 ? { location: locations } : {}),
    organizer: (event.organisers ?? []).flatMap((organiser): (Person | Organization)[] => {
      if (organiser.relationTo === 'members') {
        const member = populatedOne(organiser.value)
        return member ? [memberPerson(member, siteUrl)] : []
      }
      const organisation = populatedOne(organiser.value)
      if (!organisation) return []
      return [{ '@type': 'Organization', name: organisation.name, url: organisation.website ?? undefined }]
    }),
    performer: (event.speakers ?? []).flatMap((speaker): Person[] => {
      const member = populatedOne(speaker.member)
      if (member) return [memberPerson(member, siteUrl)]
      if (!speaker.name) return []
      const affiliation: Organization | undefined = speaker.affiliation
        ? { '@type': 'Organization', name: speaker.affiliation }
        : undefined
      return [{ '@type': 'Person', name: speaker.name, affiliation }]
    }),
  }
}

function memberPerson(member: Pick<Member, 'name' | 'slug'>, siteUrl: string): Person {
  return { '@type': 'Person', name: member.name ?? member.slug, url: `${siteUrl}${publicPath('members', member)}` }
}
