import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { RoutedCollection } from '@/lib/paths'
import { removeSearchEntry, syncSearchEntriesWhere, syncSearchEntry } from '@/lib/search/indexEntries'

/**
 * Keeps the site search in step with what visitors can see, in the same transaction as the save:
 * publishing writes the entry, a draft saved over a published document leaves it, unpublishing
 * and deleting remove it. Scheduled publishing goes through the same update, so it is covered.
 */
export function indexAfterChange(collection: RoutedCollection): CollectionAfterChangeHook<{ id: number }> {
  return async ({ doc, req, context }) => {
    if (!context.skipSearchIndex) await syncSearchEntry(req.payload, collection, doc.id, req)
    return doc
  }
}

export function indexAfterDelete(collection: RoutedCollection): CollectionAfterDeleteHook<{ id: number }> {
  return async ({ doc, req, context }) => {
    if (!context.skipSearchIndex) await removeSearchEntry(req.payload, collection, doc.id, req)
    return doc
  }
}

interface Named {
  id: number
  name?: string | null
  _status?: 'draft' | 'published' | null
}

const nameChanged = (doc: Named, previous: Named | undefined) =>
  !previous || doc.name !== previous.name || doc._status !== previous._status

/** A member's name is indexed with their reports, projects and posts. */
export const reindexMemberMentions: CollectionAfterChangeHook<Named> = async ({ doc, previousDoc, req, context }) => {
  if (context.skipSearchIndex || !nameChanged(doc, previousDoc)) return doc
  const { payload } = req
  await syncSearchEntriesWhere(payload, 'reports', { 'authors.member': { equals: doc.id } }, req)
  await syncSearchEntriesWhere(
    payload,
    'projects',
    { or: [{ lead: { equals: doc.id } }, { team: { in: [doc.id] } }] },
    req,
  )
  await syncSearchEntriesWhere(payload, 'posts', { authors: { in: [doc.id] } }, req)
  return doc
}

/** An organisation's name is indexed with the projects it funds or partners and its members. */
export const reindexOrganisationMentions: CollectionAfterChangeHook<Named> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context.skipSearchIndex || !nameChanged(doc, previousDoc) || !previousDoc) return doc
  const { payload } = req
  await syncSearchEntriesWhere(
    payload,
    'projects',
    { or: [{ partners: { in: [doc.id] } }, { funders: { in: [doc.id] } }] },
    req,
  )
  await syncSearchEntriesWhere(payload, 'members', { affiliations: { in: [doc.id] } }, req)
  return doc
}

/** A PDF's text is indexed with the reports that attach it. */
export const reindexDocumentReports: CollectionAfterChangeHook<{ id: number }> = async ({ doc, req, context }) => {
  if (!context.skipSearchIndex) await syncSearchEntriesWhere(req.payload, 'reports', { file: { equals: doc.id } }, req)
  return doc
}
