import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest, Where } from 'payload'

import { ukYear } from '@/lib/format/dates'
import type { RoutedCollection } from '@/lib/paths'
import type { Event, Member, Page, Post, Project, Report } from '@/payload-types'

import { searchDatabase, type SqlExecutor } from './database'
import { pgArray } from './searchSite'
import { eventEntry, memberEntry, pageEntry, postEntry, projectEntry, reportEntry, type SearchEntry } from './entries'

/** Words of a title, keywords and summary join the suggestion list at once (a nightly job recounts them). */
export async function writeEntry(db: SqlExecutor, entry: SearchEntry): Promise<void> {
  const year = entry.date ? ukYear(entry.date) : null
  await db.execute(sql`
    insert into site_search (collection, doc_id, kind, url, title, keywords, summary, body, theme_ids, date, year)
    values (${entry.collection}, ${entry.docId}, ${entry.kind}, ${entry.url}, ${entry.title}, ${entry.keywords},
            ${entry.summary}, ${entry.body}, ${pgArray(entry.themeIds)}::integer[], ${entry.date}::timestamptz, ${year})
    on conflict (collection, doc_id) do update set
      kind = excluded.kind, url = excluded.url, title = excluded.title, keywords = excluded.keywords,
      summary = excluded.summary, body = excluded.body, theme_ids = excluded.theme_ids,
      date = excluded.date, year = excluded.year, updated_at = now()`)
  await db.execute(sql`
    insert into site_search_words (word, ndoc)
    select word, 1 from unnest(tsvector_to_array(to_tsvector('public.site_simple',
      ${`${entry.title} ${entry.keywords} ${entry.summary}`}))) as word
    where length(word) between 3 and 40 and word ~ '^[[:alpha:]]+$'
    on conflict (word) do nothing`)
}

async function removeEntry(db: SqlExecutor, collection: RoutedCollection, id: number): Promise<void> {
  await db.execute(sql`delete from site_search where collection = ${collection} and doc_id = ${id}`)
}

/** The text layer the extraction job stored for a report's PDF (a hidden field: never in the API). */
async function pdfTextOf(payload: Payload, report: Report, req?: Partial<PayloadRequest>): Promise<string> {
  const fileId = typeof report.file === 'object' ? report.file?.id : report.file
  if (!fileId) return ''
  const document = await payload.findByID({
    collection: 'documents',
    id: fileId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    req,
  })
  return document?.extractedText ?? ''
}

/** The entry for a published document (the caller has checked it is published). */
export async function buildEntry(
  payload: Payload,
  collection: RoutedCollection,
  doc: unknown,
  req?: Partial<PayloadRequest>,
): Promise<SearchEntry | null> {
  switch (collection) {
    case 'pages':
      return pageEntry(doc as Page)
    case 'projects':
      return projectEntry(doc as Project)
    case 'members':
      return memberEntry(doc as Member)
    case 'events':
      return eventEntry(doc as Event)
    case 'reports':
      return reportEntry(doc as Report, await pdfTextOf(payload, doc as Report, req))
    case 'posts':
      return postEntry(doc as Post)
  }
}

/**
 * Makes a document's index row match its published version: written when it is published,
 * removed when it is not (never published, unpublished, deleted). The published version is read
 * again rather than taken from the hook, because a draft saved over a published document must
 * leave the published entry in place. Pages are read at depth 0: their blocks may point at other
 * documents, whose text is not the page's.
 */
export async function syncSearchEntry(
  payload: Payload,
  collection: RoutedCollection,
  id: number,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const doc = await payload.findByID({
    collection,
    id,
    draft: false,
    depth: collection === 'pages' ? 0 : 1,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const db = await searchDatabase(payload, req)
  const entry = doc && doc._status === 'published' ? await buildEntry(payload, collection, doc, req) : null
  if (entry) await writeEntry(db, entry)
  else await removeEntry(db, collection, id)
}

export async function removeSearchEntry(
  payload: Payload,
  collection: RoutedCollection,
  id: number,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  await removeEntry(await searchDatabase(payload, req), collection, id)
}

/** Re-indexes the published documents that match `where` (those naming a renamed member, say). */
export async function syncSearchEntriesWhere(
  payload: Payload,
  collection: RoutedCollection,
  where: Where,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const { docs } = await payload.find({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  for (const doc of docs) await syncSearchEntry(payload, collection, doc.id, req)
}

/** Rebuilds the suggestion words and their document counts from the whole index. */
export async function recountSearchWords(db: SqlExecutor): Promise<void> {
  await db.execute(sql`delete from site_search_words`)
  await db.execute(sql`
    insert into site_search_words (word, ndoc)
    select word, ndoc from ts_stat('select title_vec || to_tsvector(''public.site_simple'', summary) from site_search')
    where length(word) between 3 and 40 and word ~ '^[[:alpha:]]+$'`)
}
