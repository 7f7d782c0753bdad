import Link from 'next/link'
import type { ReactNode } from 'react'

import { eventStatusBadge, optionLabel, postKinds, projectStatuses, reportTypeLabel } from '@/lib/content/options'
import { formatDate, formatEventTime } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import { getListing, type ListedEvent, type Listing } from '@/lib/queries/listings'
import type { ContentListingBlock } from '@/payload-types'
import cardStyles from '@/components/listings/Card.module.css'
import styles from './styles.module.css'

interface Card {
  id: number
  title: string
  href: string | null
  meta: ReactNode
  summary: string
}

/** The latest (or next) few projects, events, reports or posts, as linked cards. */
export async function ContentListingBlockComponent({ block }: { block: ContentListingBlock }) {
  const themeId = typeof block.theme === 'object' && block.theme ? block.theme.id : (block.theme ?? null)
  const listing = await getListing({ collection: block.collection, themeId, limit: block.limit })
  const cards = toCards(listing)
  return (
    <section className="block">
      <h2>{block.heading}</h2>
      {cards.length === 0 ? (
        <p className={styles.empty}>Nothing to show yet.</p>
      ) : (
        <ul className={cardStyles.list}>
          {cards.map((card) => (
            <li key={card.id} className={cardStyles.card}>
              <h3 className={cardStyles.title}>
                {card.href ? <Link href={card.href}>{card.title}</Link> : card.title}
              </h3>
              <p className={cardStyles.meta}>{card.meta}</p>
              <p className={cardStyles.summary}>{shorten(card.summary)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function toCards(listing: Listing): Card[] {
  switch (listing.collection) {
    case 'projects':
      return listing.docs.map((doc) => ({
        id: doc.id,
        title: doc.title,
        href: publicPath('projects', doc),
        meta: `${optionLabel(projectStatuses, doc.projectStatus)} project`,
        summary: doc.summary,
      }))
    case 'events':
      return listing.docs.map((doc) => ({
        id: doc.id,
        title: doc.title,
        href: publicPath('events', doc),
        meta: <EventWhen event={doc} />,
        summary: doc.summary,
      }))
    case 'reports':
      return listing.docs.map((doc) => ({
        id: doc.id,
        title: doc.title,
        href: publicPath('reports', doc),
        meta: (
          <>
            {reportTypeLabel(doc.reportType)}, <time dateTime={doc.publishedOn}>{formatDate(doc.publishedOn)}</time>
          </>
        ),
        summary: doc.abstract,
      }))
    case 'posts':
      return listing.docs.map((doc) => ({
        id: doc.id,
        title: doc.title,
        href: publicPath('posts', doc),
        meta: (
          <>
            {optionLabel(postKinds, doc.kind)}, <time dateTime={doc.publishedAt}>{formatDate(doc.publishedAt)}</time>
          </>
        ),
        summary: doc.excerpt,
      }))
  }
}

function EventWhen({ event }: { event: ListedEvent }) {
  const status = eventStatusBadge(event.eventStatus)
  return (
    <>
      {status && <strong className={styles.status}>{status}: </strong>}
      <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.allDay ?? false)}</time>
    </>
  )
}

/** Long abstracts are cut at a word so cards stay comparable; the full text is one click away. */
function shorten(text: string, max = 280): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
