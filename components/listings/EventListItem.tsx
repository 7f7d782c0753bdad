import Link from 'next/link'

import { attendanceModes, eventStatusBadge, optionLabel } from '@/lib/content/options'
import { formatEventTime } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import type { EventListItem as EventListItemData } from '@/lib/queries/events'
import styles from './EventListItem.module.css'

/** An event in the listing: a status badge when it is not going ahead as planned, when, and how to attend. */
export function EventListItem({ event }: { event: EventListItemData }) {
  const status = eventStatusBadge(event.eventStatus)
  const path = publicPath('events', event)
  return (
    <li className={styles.item}>
      <h3 className={styles.title}>{path ? <Link href={path}>{event.title}</Link> : event.title}</h3>
      <p className={styles.meta}>
        {status && (
          <strong className={[styles.badge, styles[event.eventStatus]].filter(Boolean).join(' ')}>{status}</strong>
        )}
        <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.allDay ?? false)}</time>
        <span>{optionLabel(attendanceModes, event.attendanceMode)}</span>
      </p>
      <p className={styles.summary}>{event.summary}</p>
    </li>
  )
}
