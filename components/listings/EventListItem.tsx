import Link from 'next/link'

import { attendanceModes, eventStatusBadge, optionLabel } from '@/lib/content/options'
import { formatEventTime } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import type { EventListItem as EventListItemData } from '@/lib/queries/events'

/** An event in the listing: a status badge when it is not going ahead as planned, when, and how to attend. */
export function EventListItem({ event }: { event: EventListItemData }) {
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
