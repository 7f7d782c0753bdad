import { renderEventCalendar } from '@/lib/calendar/eventCalendar'
import { serverEnv } from '@/lib/env'
import { conditionalResponse } from '@/lib/http/conditionalResponse'
import { getCalendarFeedEvents } from '@/lib/queries/events'
import { getSiteSettings } from '@/lib/queries/siteSettings'

// Built per request from cached queries; a calendar app that already has it gets 304. (A cached
// route would be built by `next build`, which has no database.)
export const dynamic = 'force-dynamic'

const FEED_PATH = '/events/calendar.ics'

/** The subscribable calendar of all published events, from six months ago onwards. */
export async function GET(request: Request): Promise<Response> {
  const [events, settings] = await Promise.all([getCalendarFeedEvents(), getSiteSettings()])
  const body = renderEventCalendar(events, {
    siteUrl: serverEnv().SITE_URL,
    feed: {
      name: `${settings.shortName || settings.siteName} events`,
      description: `Events of the ${settings.siteName}. Times are shown in your calendar's time zone.`,
      path: FEED_PATH,
    },
  })
  return conditionalResponse(request, body, {
    'Content-Type': 'text/calendar; charset=utf-8',
    // Shown or subscribed to rather than saved; the name is for browsers that save it anyway.
    'Content-Disposition': 'inline; filename="events.ics"',
    'Cache-Control': 'public, max-age=900',
  })
}
