import type { Metadata } from 'next'

import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { materialItems, speakerItems } from '@/components/content/eventItems'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { JsonLd } from '@/components/seo/JsonLd'
import { attendanceModeDescriptions, eventStatusNotices } from '@/lib/content/options'
import { populated } from '@/lib/content/populated'
import { serverEnv } from '@/lib/env'
import { formatEventTime } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { eventJsonLd } from '@/lib/seo/jsonLd/event'
import { metadataFor } from '@/lib/seo/metadata'
import { safeHref } from '@/lib/validation/linkUrl'

import styles from './event.module.css'

interface Props {
  params: Promise<{ slug: string }>
}

/** Upcoming becomes past by itself: re-rendered in the background after a minute, never older than five. */
export const revalidate = 60

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const event = await getDocumentBySlug('events', slug)
  return event ? metadataFor(event, `/events/${slug}`, event.summary) : notFoundMetadata
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params
  const event = await getDocumentBySlug('events', slug)
  if (!event) return <NotFoundPage path={`/events/${slug}`} />
  const path = publicPath('events', event) ?? `/events/${slug}`
  const notice = eventStatusNotices[event.eventStatus]
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
              { term: 'Format', value: attendanceModeDescriptions[event.attendanceMode] },
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
            <p className={styles.calendarLink}>
              {/* A plain link: the file comes from a route handler, not a page. */}
              <a href={`${path}/calendar.ics`} className="button button--secondary" download>
                Add to calendar <span className={styles.calendarLinkHint}>(.ics file)</span>
              </a>
            </p>
          )}
        </DetailHero>
        <div className="container detail">
          <RichText data={event.body} />
          <LinkedList heading="Speakers" items={speakerItems(event.speakers)} />
          <LinkedList heading="Materials" items={materialItems(event.materials)} />
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
