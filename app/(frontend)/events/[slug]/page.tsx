import type { Metadata } from 'next'

import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated, populatedOne } from '@/components/content/populated'
import { formatEventTime } from '@/lib/format/dates'
import { formatFileSize } from '@/lib/format/fileSize'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundOrRedirect } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'

interface Props {
  params: Promise<{ slug: string }>
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
  return event ? metadataFor(event, `/events/${slug}`, event.summary) : {}
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params
  const event = await getDocumentBySlug('events', slug)
  if (!event) return notFoundOrRedirect(`/events/${slug}`)
  const notice = statusNotices[event.eventStatus]
  const past = new Date(event.endsAt) < new Date()
  return (
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
                event.attendanceMode !== 'in-person' && event.onlineUrl && !past ? (
                  <a href={event.onlineUrl}>Join online</a>
                ) : null,
            },
            {
              term: 'Registration',
              value:
                event.registrationUrl && !past && event.eventStatus !== 'cancelled' ? (
                  <a href={event.registrationUrl}>Register for this event</a>
                ) : null,
            },
          ]}
        />
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
            const label = file?.filesize ? `${material.label} (PDF, ${formatFileSize(file.filesize)})` : material.label
            return { id: material.id ?? index, label, href: file?.url ?? material.url }
          })}
        />
        <LinkedList
          heading="Themes"
          items={populated(event.themes).map((theme) => ({ id: theme.id, label: theme.name }))}
        />
      </div>
    </article>
  )
}
