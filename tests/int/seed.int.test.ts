import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload, Where } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { deleteEach } from '@/lib/db/deleteEach'
import { seedDemoContent, SeedRefusedError } from '@/seed'

import { getTestPayload } from '../helpers/payload'

let payload: Payload

const seeded = [
  'pages',
  'projects',
  'events',
  'reports',
  'posts',
  'members',
  'member-contacts',
  'contact-messages',
  'organisations',
  'themes',
  'media',
  'documents',
] as const satisfies CollectionSlug[]

const count = async (collection: CollectionSlug, where?: Where) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

const countAll = async () =>
  Object.fromEntries(await Promise.all(seeded.map(async (collection) => [collection, await count(collection)])))

/** Minutes UK time is ahead of UTC at an instant: 0 on GMT, 60 on BST. */
function ukOffset(iso: string): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value
  return name === 'GMT+1' ? 60 : 0
}

const ukClock = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  )

beforeAll(async () => {
  payload = await getTestPayload()
  // Test files share one database: start this file from no content, whatever ran before.
  for (const collection of seeded) {
    await deleteEach(payload, collection, { id: { exists: true } }, { disableRevalidate: true })
  }
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('demo seed', () => {
  it('refuses to create demo accounts when NODE_ENV is production, before writing anything', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const usersBefore = await count('users')
    await expect(seedDemoContent(payload, { withUsers: true, ifEmpty: true })).rejects.toBeInstanceOf(SeedRefusedError)
    expect(await countAll()).toEqual(Object.fromEntries(seeded.map((collection) => [collection, 0])))
    expect(await count('users')).toBe(usersBefore)
  })

  it('fills an empty database with every kind of content', async () => {
    const contactJobs = () => count('payload-jobs', { queue: { equals: 'contact' } })
    const jobsBefore = await contactJobs()
    const result = await seedDemoContent(payload, { withUsers: false, ifEmpty: true })
    expect(result.seeded).toBe(true)

    for (const collection of seeded) expect(await count(collection), collection).toBeGreaterThan(0)
    for (const status of ['planned', 'ongoing', 'completed']) {
      expect(await count('projects', { projectStatus: { equals: status } }), status).toBeGreaterThanOrEqual(2)
    }
    for (const kind of ['news', 'blog']) {
      expect(await count('posts', { kind: { equals: kind } }), kind).toBeGreaterThanOrEqual(2)
    }
    const reports = await payload.find({ collection: 'reports', pagination: false, depth: 0 })
    expect(new Set(reports.docs.map((report) => report.reportType)).size).toBeGreaterThanOrEqual(3)
    expect(reports.docs.filter((report) => report.file).length).toBeGreaterThan(reports.docs.length / 2)
    expect(await count('organisations', { isPartner: { equals: true } })).toBeGreaterThanOrEqual(5)

    // The inbox shows each state a message can be in, and seeding never queues mail.
    const inbox = await payload.find({ collection: 'contact-messages', pagination: false, depth: 0 })
    expect(new Set(inbox.docs.map((message) => message.status))).toEqual(new Set(['sent', 'failed', 'spam']))
    expect(inbox.docs.every((message) => message.senderEmail.endsWith('@example.net'))).toBe(true)
    expect(inbox.docs.every((message) => new Date(message.createdAt).getTime() < Date.now() - 12 * 3600_000)).toBe(true)
    expect(await contactJobs()).toBe(jobsBefore)

    // The cookie banner's settings: a necessary and an optional category, linked to the policy page.
    const cookies = await payload.findGlobal({ slug: 'cookie-settings', depth: 1, overrideAccess: false })
    expect(cookies.categories?.map((category) => [category.slug, category.necessary])).toEqual([
      ['necessary', true],
      ['analytics', false],
    ])
    expect(typeof cookies.policyPage === 'object' && cookies.policyPage?.slug).toBe('cookies')
    expect(cookies.revision).toBeGreaterThanOrEqual(1)

    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.siteName).toBe('Oxford Social Prescribing Research Network')
    expect(settings.navigation?.map((item) => item.href)).toEqual([
      '/about',
      '/projects',
      '/reports',
      '/events',
      '/news-and-views',
      '/members',
      '/contact',
    ])
  })

  it('has upcoming and past events in every format, in UK time', async () => {
    const now = new Date().toISOString()
    expect(await count('events', { startsAt: { greater_than: now } })).toBeGreaterThan(0)
    expect(await count('events', { endsAt: { less_than: now } })).toBeGreaterThan(0)
    for (const mode of ['in-person', 'online', 'hybrid']) {
      expect(await count('events', { attendanceMode: { equals: mode } }), mode).toBeGreaterThan(0)
    }
    for (const status of ['cancelled', 'postponed']) {
      expect(await count('events', { eventStatus: { equals: status } }), status).toBeGreaterThan(0)
    }

    const { docs: events } = await payload.find({ collection: 'events', pagination: false, depth: 0 })
    expect(events.every((event) => event.startsAt_tz === 'Europe/London' && event.endsAt_tz === 'Europe/London')).toBe(
      true,
    )
    expect(events.some((event) => ukOffset(event.startsAt) === 60)).toBe(true)
    expect(events.some((event) => ukOffset(event.startsAt) !== ukOffset(event.endsAt))).toBe(true)
    // Wall-clock times survive the conversion to UTC, whatever the season.
    const café = events.find((event) => event.slug.startsWith('evidence-cafe'))
    expect(café && ukClock(café.startsAt)).toBe('17:30')
    const summerSchool = events.find((event) => event.slug.startsWith('summer-school'))
    expect(summerSchool && ukClock(summerSchool.startsAt)).toBe('09:30')
  })

  it('keeps fictional people fictional and every private address on example.org', async () => {
    const { docs: members } = await payload.find({ collection: 'members', pagination: false, depth: 0 })
    const real = members.filter((member) => !member.isDemo).map((member) => member.name)
    expect(real.sort()).toEqual(['Kamal R. Mahtani', 'Lucy Shaw'])
    expect(new Set(members.map((member) => member.networkRole))).toEqual(
      new Set(['lead', 'steering-group', 'member', 'public-contributor']),
    )
    expect(members.some((member) => member.orcid === '0000-0002-1825-0097')).toBe(true)

    const { docs: contacts } = await payload.find({ collection: 'member-contacts', pagination: false, depth: 0 })
    expect(contacts.every((contact) => contact.email.endsWith('@example.org'))).toBe(true)
    const withAddress = new Set(contacts.map((contact) => contact.member))
    const accepting = members.filter((member) => member.acceptsMessages)
    expect(accepting.length).toBeGreaterThan(2)
    expect(accepting.filter((member) => !withAddress.has(member.id))).toEqual([])
  })

  it('puts approved comments with a reply, and one waiting for moderation, under the launch story', async () => {
    const { docs: comments } = await payload.find({
      collection: 'comments',
      pagination: false,
      depth: 1,
      overrideAccess: true,
    })
    const launch = comments.filter(
      (comment) =>
        typeof comment.post === 'object' &&
        comment.post.slug === 'the-oxford-social-prescribing-research-network-launches',
    )
    expect(launch.filter((comment) => comment.status === 'approved').length).toBeGreaterThanOrEqual(3)
    expect(launch.filter((comment) => comment.status === 'approved' && comment.reply)).toHaveLength(1)
    expect(launch.filter((comment) => comment.status === 'pending')).toHaveLength(1)
    for (const comment of launch) expect(comment.authorEmail).toMatch(/@example\.net$/)
    const settings = await payload.findGlobal({ slug: 'comment-settings', depth: 1, overrideAccess: true })
    expect(typeof settings.guidelines === 'object' && settings.guidelines?.slug).toBe('comment-guidelines')
  })

  it('builds the pages from every block type, with the policy page nested', async () => {
    const { docs: pages } = await payload.find({ collection: 'pages', pagination: false, depth: 0 })
    expect(pages.map((page) => page.slug).sort()).toEqual(
      [
        'about',
        'accessibility',
        'comment-guidelines',
        'contact-guidelines',
        'cookies',
        'home',
        'policy-context',
        'privacy',
        'what-is-social-prescribing',
      ].sort(),
    )
    const blockTypes = new Set(pages.flatMap((page) => page.layout?.map((block) => block.blockType) ?? []))
    expect([...blockTypes].sort()).toEqual(
      [
        'callToAction',
        'contentListing',
        'cookiePreferences',
        'faq',
        'keyFacts',
        'media',
        'partnerLogos',
        'quote',
        'richText',
      ].sort(),
    )
    const policy = pages.find((page) => page.slug === 'policy-context')
    expect(policy?.breadcrumbs?.at(-1)?.url).toBe('/what-is-social-prescribing/policy-context')
  })

  it('publishes pages and projects for anonymous visitors, but never members’ addresses', async () => {
    const anonymous = { overrideAccess: false, pagination: false, depth: 0 } as const
    const pages = await payload.find({ collection: 'pages', ...anonymous })
    expect(pages.docs.length).toBe(await count('pages'))
    expect(pages.docs.find((page) => page.slug === 'home')?.title).toMatch(/social prescribing/i)
    const projects = await payload.find({ collection: 'projects', ...anonymous })
    expect(projects.docs.length).toBe(await count('projects'))
    const linked = await payload.find({ collection: 'projects', where: { outputs: { exists: true } }, ...anonymous })
    expect(linked.docs.length).toBeGreaterThan(0)
    await expect(payload.find({ collection: 'member-contacts', ...anonymous })).rejects.toThrow()
  })

  it('uploads real PDF files and images, with their size and type recorded', async () => {
    const { docs: documents } = await payload.find({ collection: 'documents', pagination: false, depth: 0 })
    expect(documents.length).toBeGreaterThanOrEqual(3)
    const documentsDir = payload.collections.documents.config.upload.staticDir
    if (!documentsDir) throw new Error('The documents collection stores no files on disk.')
    for (const document of documents) {
      expect(document.mimeType).toBe('application/pdf')
      const bytes = await readFile(path.join(documentsDir, document.filename ?? ''))
      expect(document.filesize).toBe(bytes.length)
      const text = bytes.toString('latin1')
      expect(text.startsWith('%PDF-')).toBe(true)
      expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
      expect(text).toMatch(/fictional demo/i)
      // The cross-reference table must point at each object exactly, or readers fall back to repair.
      const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1])
      expect(text.slice(xref, xref + 4)).toBe('xref')
      const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]))
      expect(offsets.length).toBeGreaterThanOrEqual(5)
      offsets.forEach((offset, index) => expect(text.startsWith(`${index + 1} 0 obj`, offset)).toBe(true))
    }

    const { docs: images } = await payload.find({ collection: 'media', pagination: false, depth: 0 })
    expect(images.length).toBeGreaterThanOrEqual(6)
    expect(images.some((image) => image.decorative)).toBe(true)
    for (const image of images) {
      expect(image.mimeType).toBe('image/webp')
      expect(image.filesize).toBeGreaterThan(0)
      expect(image.decorative || Boolean(image.alt?.trim())).toBe(true)
      expect(image.sizes?.thumbnail?.filename).toBeTruthy()
    }
    expect(images.filter((image) => image.width === 1600 && image.height === 900).length).toBeGreaterThanOrEqual(6)
  })

  it('refreshes the demo content when run again, without duplicating anything', async () => {
    const before = await countAll()
    const result = await seedDemoContent(payload, { withUsers: false, ifEmpty: false })
    expect(result.seeded).toBe(true)
    expect(await countAll()).toEqual(before)
  })

  it('leaves a database that already has content alone when asked to seed only if empty', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Renamed by an editor' },
      context: { disableRevalidate: true },
    })
    const before = await countAll()
    const result = await seedDemoContent(payload, { withUsers: false, ifEmpty: true })
    expect(result.seeded).toBe(false)
    expect((await payload.findGlobal({ slug: 'site-settings' })).siteName).toBe('Renamed by an editor')
    expect(await countAll()).toEqual(before)
  })

  it('creates one demo administrator outside production, only while there is no user', async () => {
    await deleteEach(payload, 'users', { id: { exists: true } })
    const first = await seedDemoContent(payload, { withUsers: true, ifEmpty: true })
    expect(first.demoAdmin?.email).toBe('admin@example.org')
    const login = await payload.login({
      collection: 'users',
      data: { email: first.demoAdmin?.email ?? '', password: first.demoAdmin?.password ?? '' },
    })
    expect(login.user?.role).toBe('admin')

    const second = await seedDemoContent(payload, { withUsers: true, ifEmpty: true })
    expect(second.demoAdmin).toBeUndefined()
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
