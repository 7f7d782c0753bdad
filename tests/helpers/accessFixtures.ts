import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'

import { slugify } from '@/lib/slugify'
import type { User } from '@/payload-types'

export const actors = ['anonymous', 'contributor', 'editor', 'admin'] as const
export type Actor = (typeof actors)[number]
export type Role = Exclude<Actor, 'anonymous'>

export const versionedSlugs = ['pages', 'projects', 'events', 'reports', 'posts', 'members'] as const
export type VersionedSlug = (typeof versionedSlugs)[number]

/** Hooks would post cache expiry to a server that does not run during tests. */
const quiet = { disableRevalidate: true }

/** Options that run an operation with Payload's access control bypassed: fixture set-up and checks. */
export const asSystem = { overrideAccess: true, context: quiet } as const

export interface AccessWorld {
  payload: Payload
  /** Unique per run, so fixtures never collide with other test files sharing the database. */
  tag: string
  accounts: Record<Role, User>
  /** `label` made unique to this run. */
  name(label: string): string
  /** Local API options that act as `actor`, with access control on: what the site and REST API do. */
  as(actor: Actor): { overrideAccess: false; user?: User & { collection: 'users' }; context: typeof quiet }
  /** Remember a document so `cleanup` removes it. */
  track(collection: CollectionSlug, id: number): void
  cleanup(): Promise<void>
}

export async function createAccessWorld(payload: Payload, prefix: string): Promise<AccessWorld> {
  const tag = `${prefix}-${randomBytes(3).toString('hex')}`
  const created: { collection: CollectionSlug; id: number }[] = []
  const track = (collection: CollectionSlug, id: number) => void created.push({ collection, id })

  const makeAccount = async (role: Role): Promise<User> => {
    const user = await payload.create({
      collection: 'users',
      data: { name: `Access ${role}`, email: `${role}-${tag}@example.org`, password: 'a-long-test-password', role },
      ...asSystem,
    })
    track('users', user.id)
    return user
  }
  const accounts: Record<Role, User> = {
    admin: await makeAccount('admin'),
    editor: await makeAccount('editor'),
    contributor: await makeAccount('contributor'),
  }

  return {
    payload,
    tag,
    accounts,
    name: (label) => `${label} ${tag}`,
    as: (actor) => ({
      overrideAccess: false,
      user: actor === 'anonymous' ? undefined : { ...accounts[actor], collection: 'users' },
      context: quiet,
    }),
    track,
    cleanup: async () => {
      // Other files share the database; the demo seed, for one, expects to find no pages.
      for (const { collection, id } of created.reverse()) {
        await payload.delete({ collection, where: { id: { equals: id } }, ...asSystem })
      }
    },
  }
}

/** A document created with access control bypassed, removed again by `world.cleanup()`. */
export async function createFixture<S extends CollectionSlug>(
  world: AccessWorld,
  collection: S,
  data: RequiredDataFromCollectionSlug<S>,
  file?: UploadFile,
) {
  const doc = await world.payload.create({ collection, data, file, ...asSystem })
  world.track(collection, Number(doc.id))
  return doc
}

type ContentData = { [S in VersionedSlug]: (title: string) => RequiredDataFromCollectionSlug<S> }

/** The smallest valid document of each public versioned collection, titled `title`. */
export const contentData: ContentData = {
  pages: (title) => ({ title, slug: slugify(title) }),
  projects: (title) => ({
    title,
    slug: slugify(title),
    summary: 'A project made for an access test.',
    projectStatus: 'ongoing',
  }),
  events: (title) => ({
    title,
    slug: slugify(title),
    summary: 'An event made for an access test.',
    startsAt: '2030-05-01T09:00:00.000Z',
    startsAt_tz: 'Europe/London',
    endsAt: '2030-05-01T11:00:00.000Z',
    endsAt_tz: 'Europe/London',
    attendanceMode: 'online',
    eventStatus: 'scheduled',
  }),
  reports: (title) => ({
    title,
    slug: slugify(title),
    reportType: 'report',
    publishedOn: '2024-03-01T00:00:00.000Z',
    abstract: 'A report made for an access test.',
    authors: [{ name: 'A. Tester' }],
  }),
  posts: (title) => ({
    title,
    slug: slugify(title),
    kind: 'news',
    excerpt: 'A post made for an access test.',
    publishedAt: '2024-03-01T00:00:00.000Z',
  }),
  members: (title) => ({
    givenName: 'Access',
    familyName: title,
    slug: slugify(`Access ${title}`),
    networkRole: 'member',
  }),
}

/** The field that carries a document's visible title (members have a computed full name). */
export const titleField: Record<VersionedSlug, 'title' | 'name'> = {
  pages: 'title',
  projects: 'title',
  events: 'title',
  reports: 'title',
  posts: 'title',
  members: 'name',
}

/** A free-text field of each versioned collection that an edit can change without side effects. */
export const markerField: Record<VersionedSlug, string> = {
  pages: 'intro',
  projects: 'summary',
  events: 'summary',
  reports: 'abstract',
  posts: 'excerpt',
  members: 'shortBio',
}

export async function createContent<S extends VersionedSlug>(
  world: AccessWorld,
  collection: S,
  label: string,
  status: 'draft' | 'published',
  extra: Partial<RequiredDataFromCollectionSlug<S>> = {},
) {
  const factory = contentData[collection] as (title: string) => RequiredDataFromCollectionSlug<S>
  return createFixture(world, collection, { ...factory(world.name(label)), ...extra, _status: status })
}

/** Reads a field of any document without knowing its collection's type. */
export function fieldOf(doc: unknown, field: string): unknown {
  return doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[field] : undefined
}

export interface UploadFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

const upload = (data: Buffer, mimetype: string, name: string): UploadFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

export async function pngFile(name: string): Promise<UploadFile> {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  return upload(data, 'image/png', `${name}.png`)
}

/** A one-page PDF with a correct cross-reference table (Payload checks the header, xref and %%EOF). */
export function pdfFile(name: string): UploadFile {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return upload(Buffer.from(body, 'latin1'), 'application/pdf', `${name}.pdf`)
}

export function svgWithScript(name: string): UploadFile {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(document.cookie)</script></svg>'
  return upload(Buffer.from(svg), 'image/svg+xml', `${name}.svg`)
}

/** An HTML page named and labelled as an image or a PDF: only its content gives it away. */
export function htmlDisguisedAs(name: string, extension: 'png' | 'pdf'): UploadFile {
  const html =
    '<!doctype html>\n<html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>'
  return upload(Buffer.from(html), extension === 'png' ? 'image/png' : 'application/pdf', `${name}.${extension}`)
}
