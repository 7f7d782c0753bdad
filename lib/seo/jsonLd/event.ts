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

import type { AttendanceMode, EventStatus } from '@/lib/content/options'
import { populatedOne } from '@/lib/content/populated'
import { ukIsoDate } from '@/lib/format/dates'
import { absoluteUrl, publicPath } from '@/lib/paths'
import type { Event } from '@/payload-types'

import { organisationReference } from './organisation'
import { memberPerson, personJsonLd } from './person'

const schemaStatuses: Record<EventStatus, EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
}

const schemaModes: Record<AttendanceMode, EventAttendanceModeEnumeration> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
}

/** schema.org Event for search engines: the same facts as the page, with absolute addresses. */
export function eventJsonLd(event: Event, siteUrl: string): WithContext<SchemaEvent> {
  const url = absoluteUrl(publicPath('events', event) ?? '/events', siteUrl)
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
  const date = (iso: string) => (event.allDay ? ukIsoDate(iso) : iso)
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
        return member ? [personJsonLd(memberPerson(member), siteUrl)] : []
      }
      const organisation = populatedOne(organiser.value)
      return organisation ? [organisationReference(organisation)] : []
    }),
    performer: (event.speakers ?? []).flatMap((speaker): Person[] => {
      const member = populatedOne(speaker.member)
      if (member) return [personJsonLd(memberPerson(member), siteUrl)]
      if (!speaker.name) return []
      return [personJsonLd({ name: speaker.name, affiliation: speaker.affiliation }, siteUrl)]
    }),
  }
}
