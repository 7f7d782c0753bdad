import { renderEventCalendar } from '@/lib/calendar/eventCalendar'
import { serverEnv } from '@/lib/env'
import { getCalendarFeedEvents } from '@/lib/queries/events'
import { getSiteSettings } from '@/lib/queries/siteSettings'

export const dynamic = 'force-dynamic'

const FEED_PATH = '/events/calendar.ics'

/** The subscribable calendar of all published events, from six months ago onwards. */
export async function GET(): Promise<Response> {
  const [events, settings] = await Promise.all([getCalendarFeedEvents(), getSiteSettings()])
  const body = renderEventCalendar(events, {
    siteUrl: serverEnv().SITE_URL,
    feed: {
      name: `${settings.shortName || settings.siteName} events`,
      description: `Events of the ${settings.siteName}. Times are shown in your calendar's time zone.`,
      path: FEED_PATH,
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      // Shown or subscribed to rather than saved; the name is for browsers that save it anyway.
      'Content-Disposition': 'inline; filename="events.ics"',
      'Cache-Control': 'public, max-age=900',
    },
  })
}
