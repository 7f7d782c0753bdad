import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import { fieldValues } from '@/cms/fields/fieldValues'

export type UploadSlug = Extract<CollectionSlug, 'media' | 'documents'>
type Data = Record<string, unknown>

const relatesTo = (relationTo: string | string[], slug: string) =>
  Array.isArray(relationTo) ? relationTo.includes(slug) : relationTo === slug

/** Whether any field (at any depth, blocks and rich text included) may point at `slug`. */
function mayReference(fields: Field[], slug: string, blocks: { slug: string; fields: Field[] }[]): boolean {
  return fields.some((field) => {
    if (field.type === 'richText') return true
    if (field.type === 'upload' || field.type === 'relationship') return relatesTo(field.relationTo, slug)
    if (field.type === 'tabs') return field.tabs.some((tab) => mayReference(tab.fields, slug, blocks))
    if (field.type === 'blocks') {
      return [...(field.blockReferences ?? field.blocks)].some((block) => {
        const resolved = typeof block === 'string' ? blocks.find((candidate) => candidate.slug === block) : block
        return resolved ? mayReference(resolved.fields, slug, blocks) : false
      })
    }
    return 'fields' in field ? mayReference(field.fields, slug, blocks) : false
  })
}

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value

/** Upload and relationship nodes of a Lexical value (`{ relationTo, value }`), wherever they sit. */
function richTextReferences(node: unknown, slug: string, found: Set<number>): void {
  if (Array.isArray(node)) return node.forEach((child) => richTextReferences(child, slug, found))
  if (typeof node !== 'object' || node === null) return
  const record = node as Data
  if (record.relationTo === slug && 'value' in record) found.add(Number(idOf(record.value)))
  for (const child of Object.values(record)) if (typeof child === 'object') richTextReferences(child, slug, found)
}

function referencesIn(fields: Field[], doc: Data, slug: string, req: PayloadRequest, found: Set<number>) {
  for (const { field, value } of fieldValues(fields, doc, req.payload.config.blocks)) {
    if (value === null || value === undefined) continue
    if (field.type === 'richText') richTextReferences(value, slug, found)
    if ((field.type !== 'upload' && field.type !== 'relationship') || !relatesTo(field.relationTo, slug)) continue
    for (const item of Array.isArray(value) ? value : [value]) {
      const polymorphic = typeof item === 'object' && item !== null && 'relationTo' in item
      if (polymorphic && (item as { relationTo: unknown }).relationTo !== slug) continue
      found.add(Number(idOf(polymorphic ? (item as { value: unknown }).value : item)))
    }
  }
}

const memo = new WeakMap<PayloadRequest, Map<UploadSlug, Promise<Set<number>>>>()

/**
 * Ids of the images (or PDFs) that visitors can see through the site: referenced by a published
 * document of a collection with drafts, by any document of a collection without drafts
 * (organisations' logos are live as soon as they are saved), or by a global. A published document's
 * own row holds its published state (drafts of it live in its versions), so a draft never counts.
 * Computed once per request; the site holds hundreds of documents, not millions.
 */
export function uploadsInUse(req: PayloadRequest, slug: UploadSlug): Promise<Set<number>> {
  const perRequest = memo.get(req) ?? new Map<UploadSlug, Promise<Set<number>>>()
  memo.set(req, perRequest)
  const cached = perRequest.get(slug)
  if (cached) return cached
  const computed = collectUploadsInUse(req, slug)
  perRequest.set(slug, computed)
  return computed
}

async function collectUploadsInUse(req: PayloadRequest, slug: UploadSlug): Promise<Set<number>> {
  const { payload } = req
  const { blocks = [] } = payload.config
  const found = new Set<number>()
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-') || collection.upload || !mayReference(collection.fields, slug, blocks)) {
      continue
    }
    const drafts = Boolean(collection.versions && collection.versions.drafts)
    const { docs } = await payload.find({
      collection: collection.slug,
      where: drafts ? { _status: { equals: 'published' } } : {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) referencesIn(collection.fields, doc as unknown as Data, slug, req, found)
  }
  for (const global of payload.config.globals) {
    if (global.slug.startsWith('payload-') || !mayReference(global.fields, slug, blocks)) continue
    const doc = await payload.findGlobal({ slug: global.slug, depth: 0, overrideAccess: true, req })
    referencesIn(global.fields, doc as unknown as Data, slug, req, found)
  }
  found.delete(Number.NaN)
  return found
}
