import { serverEnv } from '@/lib/env'
import styles from './EventsCalendarSubscribe.module.css'

/** How to subscribe to the events feed in the common calendar apps, with its address to copy. */
export function EventsCalendarSubscribe({ feedPath }: { feedPath: string }) {
  return (
    <section aria-labelledby="event-subscribe" className={styles.subscribe}>
      <h2 id="event-subscribe">Subscribe to the events calendar</h2>
      <p>
        Add our events to Google Calendar, Outlook, Apple Calendar or any other calendar app, and new events appear
        there as we announce them. Subscribe with this address: in Google Calendar choose “Other calendars” then “From
        URL”; in Outlook, “Add calendar” then “Subscribe from web”; in Apple Calendar, “File” then “New Calendar
        Subscription”.
      </p>
      <p>
        <code className={styles.address}>{`${serverEnv().SITE_URL}${feedPath}`}</code>
      </p>
      <p>
        <a href={feedPath}>Events calendar feed (iCalendar)</a>
      </p>
    </section>
  )
}
