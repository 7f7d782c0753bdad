import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { routedCollections } from '@/lib/paths'

import type { SqlExecutor } from './database'
import { extractDocumentText } from './extractDocumentText'
import { buildEntry, recountSearchWords, writeEntry } from './indexEntries'

const BATCH = 100

export interface ReindexReport {
  entries: number
  pdfsRead: number
}

/**
 * Rebuilds the whole index from the published documents: for a new deployment, after restoring a
 * database, or after a change to what is indexed. PDFs whose text was never read are read first.
 * The new index replaces the old in one transaction, so searches meanwhile see the old one.
 */
export async function reindexSearch(payload: Payload): Promise<ReindexReport> {
  const unread = await payload.find({
    collection: 'documents',
    where: { or: [{ textLayer: { exists: false } }, { textLayer: { equals: 'pending' } }] },
    depth: 0,
    pagination: false,
    select: { filename: true },
    overrideAccess: true,
  })
  for (const document of unread.docs) await extractDocumentText(payload, document.id)

  const adapter = payload.db as unknown as PostgresAdapter
  let entries = 0
  await adapter.drizzle.transaction(async (transaction) => {
    const db = transaction as unknown as SqlExecutor
    await db.execute(sql`delete from site_search`)
    for (const collection of routedCollections) {
      for (let page = 1; ; page++) {
        const result = await payload.find({
          collection,
          where: { _status: { equals: 'published' } },
          draft: false,
          depth: collection === 'pages' ? 0 : 1,
          limit: BATCH,
          page,
          sort: 'id',
          overrideAccess: true,
        })
        for (const doc of result.docs) {
          const entry = await buildEntry(payload, collection, doc)
          if (entry) {
            await writeEntry(db, entry)
            entries++
          }
        }
        if (!result.hasNextPage) break
      }
    }
    await recountSearchWords(db)
  })
  return { entries, pdfsRead: unread.docs.length }
}
