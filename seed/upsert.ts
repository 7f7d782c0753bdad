import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

/** Seeding runs outside Next.js: there is no page cache to expire. */
export const context = { disableRevalidate: true }

/**
 * Full create data is valid update data, but TypeScript cannot relate Payload's two mapped types
 * for a generic collection slug. The data has been checked against the create type by then.
 */
const asUpdate = (data: object) => data as never

export type SluggedCollection =
  'themes' | 'organisations' | 'members' | 'projects' | 'events' | 'reports' | 'posts' | 'pages'

/**
 * Creates the document with this slug, or updates it when it exists: `npm run seed` on a database
 * that already holds the demo content refreshes it instead of failing on the unique slug.
 */
export async function upsertBySlug<Slug extends SluggedCollection>(
  payload: Payload,
  collection: Slug,
  data: RequiredDataFromCollectionSlug<Slug> & { slug: string },
): Promise<number> {
  const existing = await payload.find({
    collection,
    where: { slug: { equals: data.slug } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const current = existing.docs[0]
  const saved = current
    ? await payload.update({ collection, id: current.id, data: asUpdate(data), depth: 0, context })
    : await payload.create({ collection, data, depth: 0, context })
  return saved.id as number
}

export interface UploadFile {
  filename: string
  mimetype: 'image/webp' | 'application/pdf'
  build: () => Promise<Buffer> | Buffer
}

/**
 * Uploads a file once: when a file of this name exists, only its fields are updated, so seeding
 * again neither duplicates files nor renders them again.
 */
export async function uploadOnce<Slug extends 'media' | 'documents'>(
  payload: Payload,
  collection: Slug,
  file: UploadFile,
  data: RequiredDataFromCollectionSlug<Slug>,
): Promise<number> {
  const existing = await payload.find({
    collection,
    where: { filename: { equals: file.filename } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const current = existing.docs[0]
  if (current) {
    const updated = await payload.update({ collection, id: current.id, data: asUpdate(data), depth: 0, context })
    return updated.id as number
  }
  const buffer = await file.build()
  const created = await payload.create({
    collection,
    data,
    file: { data: buffer, mimetype: file.mimetype, name: file.filename, size: buffer.length },
    depth: 0,
    context,
  })
  return created.id as number
}
