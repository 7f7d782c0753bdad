import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { ContentListingBlock, Event, Media, Organisation, Post, Project, Report } from '@/payload-types'

export type ListableCollection = ContentListingBlock['collection']

export type ListedProject = Pick<Project, 'id' | 'title' | 'slug' | 'summary' | 'projectStatus' | 'updatedAt'>
export type ListedEvent = Pick<
  Event,
  'id' | 'title' | 'slug' | 'summary' | 'startsAt' | 'endsAt' | 'allDay' | 'eventStatus'
>
export type ListedReport = Pick<Report, 'id' | 'title' | 'slug' | 'abstract' | 'reportType' | 'publishedOn'>
export type ListedPost = Pick<Post, 'id' | 'kind' | 'title' | 'slug' | 'excerpt' | 'publishedAt'>

export type Listing =
  | { collection: 'projects'; docs: ListedProject[] }
  | { collection: 'events'; docs: ListedEvent[] }
  | { collection: 'reports'; docs: ListedReport[] }
  | { collection: 'posts'; docs: ListedPost[] }

export type PartnerLogo = Pick<Media, 'id' | 'alt' | 'decorative' | 'url' | 'width' | 'height'>
export type Partner = Pick<Organisation, 'id' | 'name' | 'website'> & { logo?: number | PartnerLogo | null }

interface ListingQuery {
  collection: ListableCollection
  themeId?: number | null
  limit: number
}

/** The block allows 1 to 12 items; anything else from an old document is brought into range. */
const MAX_ITEMS = 12
/** Events ending between the start of the cached hour and now are dropped after the cache: fetch a few spare. */
const SPARE_EVENTS = 6
const MAX_PARTNERS = 48

/**
 * Published items for a content listing, newest (or, for events, soonest upcoming) first,
 * optionally only those with one theme. Cached until an item of that collection changes.
 */
export async function getListing({ collection, themeId, limit }: ListingQuery): Promise<Listing> {
  const count = Math.min(Math.max(Math.trunc(limit) || 1, 1), MAX_ITEMS)
  const theme = themeId ?? null
  const tags = [cacheTags.collection(collection)]
  if (theme !== null) tags.push(cacheTags.collection('themes'))
  const keyParts = ['listing', collection, String(theme), String(count)]

  if (collection === 'events') {
    // Cached per hour rather than per request; the ended events are filtered out on every render.
    const now = new Date()
    const hour = new Date(now)
    hour.setUTCMinutes(0, 0, 0)
    const since = hour.toISOString()
    const docs = await unstable_cache(
      () => findUpcomingEvents(theme, count + SPARE_EVENTS, since),
      [...keyParts, since],
      {
        tags,
      },
    )()
    return { collection, docs: docs.filter((event) => new Date(event.endsAt) >= now).slice(0, count) }
  }
  return unstable_cache(() => findListing(collection, theme, count), keyParts, { tags })()
}

function publishedWhere(theme: number | null, ...conditions: Where[]): Where {
  const and: Where[] = [{ _status: { equals: 'published' } }, ...conditions]
  if (theme !== null) and.push({ themes: { in: [theme] } })
  return { and }
}

async function findUpcomingEvents(theme: number | null, limit: number, since: string): Promise<ListedEvent[]> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'events',
    where: publishedWhere(theme, { endsAt: { greater_than_equal: since } }),
    select: { title: true, slug: true, summary: true, startsAt: true, endsAt: true, allDay: true, eventStatus: true },
    sort: 'startsAt',
    depth: 0,
    limit,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs as ListedEvent[]
}

async function findListing(collection: Exclude<ListableCollection, 'events'>, theme: number | null, limit: number) {
  const payload = await getPayloadClient()
  const common = { where: publishedWhere(theme), depth: 0, limit, pagination: false, overrideAccess: false } as const
  switch (collection) {
    case 'projects': {
      const result = await payload.find({
        collection,
        ...common,
        select: { title: true, slug: true, summary: true, projectStatus: true, updatedAt: true },
        sort: '-updatedAt',
      })
      return { collection, docs: result.docs as ListedProject[] } satisfies Listing
    }
    case 'reports': {
      const result = await payload.find({
        collection,
        ...common,
        select: { title: true, slug: true, abstract: true, reportType: true, publishedOn: true },
        sort: '-publishedOn',
      })
      return { collection, docs: result.docs as ListedReport[] } satisfies Listing
    }
    case 'posts': {
      const result = await payload.find({
        collection,
        ...common,
        select: { kind: true, title: true, slug: true, excerpt: true, publishedAt: true },
        sort: '-publishedAt',
      })
      return { collection, docs: result.docs as ListedPost[] } satisfies Listing
    }
  }
}

/**
 * Organisations for a partner logo strip: the given ones in the given order, or every network
 * partner by name. Logos are populated with only what an image needs.
 */
export async function getPartners(ids?: number[]): Promise<Partner[]> {
  const chosen = ids && ids.length > 0 ? ids.slice(0, MAX_PARTNERS) : null
  return unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const result = await payload.find({
        collection: 'organisations',
        where: chosen ? { id: { in: chosen } } : { isPartner: { equals: true } },
        select: { name: true, website: true, logo: true },
        // `filename` is not rendered, but Payload builds `url` from it.
        populate: { media: { alt: true, decorative: true, url: true, filename: true, width: true, height: true } },
        sort: 'name',
        depth: 1,
        limit: MAX_PARTNERS,
        pagination: false,
        overrideAccess: false,
      })
      const docs = result.docs as Partner[]
      if (!chosen) return docs
      return chosen.flatMap((id) => docs.find((doc) => doc.id === id) ?? [])
    },
    ['partners', chosen ? chosen.join(',') : 'all'],
    { tags: [cacheTags.collection('organisations'), cacheTags.collection('media')] },
  )()
}
