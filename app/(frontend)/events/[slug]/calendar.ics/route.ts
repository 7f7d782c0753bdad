import { renderEventCalendar } from '@/lib/calendar/eventCalendar'
import { serverEnv } from '@/lib/env'
import { getCalendarEvent } from '@/lib/queries/events'
import { slugify } from '@/lib/slugify'

interface Context {
  params: Promise<{ slug: string }>
}

// Rendered on the first request for an event, then served from the cache until events change.
export const dynamic = 'force-static'

export function generateStaticParams(): { slug: string }[] {
  return []
}

/** "Add to calendar": one published event as an iCalendar file to download. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params
  // Only a well-formed slug can name an event; anything else is not looked up.
  const event = slugify(slug) === slug ? await getCalendarEvent(slug) : null
  if (!event) return new Response('Event not found.', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  const body = renderEventCalendar([event], { siteUrl: serverEnv().SITE_URL })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      // Published content only, so shared caches may keep it briefly.
      'Cache-Control': 'public, max-age=300',
    },
  })
}
