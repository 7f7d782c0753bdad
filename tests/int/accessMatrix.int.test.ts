import { createLocalReq, ValidationError, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SCHEDULE_REFUSED } from '@/cms/serverFunctions/guardedSchedulePublish'
import { expiriesPosted } from '@/lib/cache/revalidate'
import { slugify } from '@/lib/slugify'
import config from '@/payload.config'

import {
  actors,
  type AccessWorld,
  asSystem,
  createAccessWorld,
  createContent,
  createFixture,
  htmlDisguisedAs,
  pdfFile,
  pngFile,
  svgWithScript,
  type UploadFile,
} from '../helpers/accessFixtures'
import { attempt, formatTable, mismatches, type ObservedTable, type Row } from '../helpers/accessOutcomes'
import { expectLoggedErrors } from '../helpers/payloadLogs'
import {
  contactSettingsOperations,
  contactSettingsProbes,
  callSchedulePublish,
  cookieSettingsProbes,
  editorsScheduledPublish,
  globalOperations,
  jobOperations,
  jobProbes,
  operationNotes,
  plainOperations,
  plainProbes,
  type Probe,
  scheduledJobsFor,
  siteSettingsProbes,
  uploadOperations,
  uploadProbes,
  userOperations,
  userProbes,
  versionedOperations,
  versionedProbes,
} from '../helpers/accessProbes'
import {
  commentOperationNotes,
  commentOperations,
  commentProbes,
  commentSettingsOperations,
  commentSettingsProbes,
} from '../helpers/accessCommentProbes'
import { restSend } from '../helpers/accessRest'
import { getTestPayload } from '../helpers/payload'

type Table<Operations extends readonly string[]> = Record<Operations[number], Row>
type Versioned = Table<typeof versionedOperations>
type Plain = Table<typeof plainOperations>

/** Visitors read what is published; contributors write drafts; editors and admins publish and delete. */
const publicVersioned: Versioned = {
  create: { anonymous: 'deny', contributor: 'allow', editor: 'allow', admin: 'allow' },
  read: { anonymous: 'published-only', contributor: 'allow', editor: 'allow', admin: 'allow' },
  update: { anonymous: 'deny', contributor: 'allow', editor: 'allow', admin: 'allow' },
  publish: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  editLive: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  unpublish: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  delete: { anonymous: 'deny', contributor: 'drafts-only', editor: 'allow', admin: 'allow' },
  readVersions: { anonymous: 'deny', contributor: 'allow', editor: 'allow', admin: 'allow' },
}

/** Themes and organisations: public, maintained by editors. */
const taxonomy: Plain = {
  create: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  read: { anonymous: 'allow', contributor: 'allow', editor: 'allow', admin: 'allow' },
  update: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  delete: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
}

/**
 * Images and PDFs: anyone signed in uploads them; contributors change only those no live content uses
 * (uploads have no drafts, so a change to a used one is publishing); only editors remove them.
 */
const uploads: Table<typeof uploadOperations> = {
  create: { anonymous: 'deny', contributor: 'allow', editor: 'allow', admin: 'allow' },
  read: { anonymous: 'allow', contributor: 'allow', editor: 'allow', admin: 'allow' },
  update: { anonymous: 'deny', contributor: 'unused-only', editor: 'allow', admin: 'allow' },
  delete: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
}

const adminOnly: Row = { anonymous: 'deny', contributor: 'deny', editor: 'deny', admin: 'allow' }

interface ExpectedTable {
  pages: Versioned
  projects: Versioned
  events: Versioned
  reports: Versioned
  posts: Versioned
  members: Versioned
  themes: Plain
  organisations: Plain
  media: Table<typeof uploadOperations>
  documents: Table<typeof uploadOperations>
  redirects: Plain
  'member-contacts': Plain
  'contact-messages': Plain
  comments: Table<typeof commentOperations>
  'consent-records': Plain
  users: Table<typeof userOperations>
  'payload-jobs': Table<typeof jobOperations>
  'site-settings': Table<typeof globalOperations>
  'contact-settings': Table<typeof contactSettingsOperations>
  'comment-settings': Table<typeof commentSettingsOperations>
  'cookie-settings': Table<typeof globalOperations>
}
type Subject = keyof ExpectedTable

/** Collection (or global) → operation → role → outcome: the access rules of the site. */
const expected: ExpectedTable = {
  pages: publicVersioned,
  projects: publicVersioned,
  events: publicVersioned,
  reports: publicVersioned,
  posts: publicVersioned,
  members: publicVersioned,
  themes: taxonomy,
  organisations: taxonomy,
  media: uploads,
  documents: uploads,
  redirects: {
    create: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    read: { anonymous: 'allow', contributor: 'allow', editor: 'allow', admin: 'allow' },
    update: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    delete: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
  'member-contacts': { create: adminOnly, read: adminOnly, update: adminOnly, delete: adminOnly },
  // The team's inbox. Messages are created only by the contact form's server code, never through the API.
  'contact-messages': {
    create: { anonymous: 'deny', contributor: 'deny', editor: 'deny', admin: 'deny' },
    read: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    update: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    delete: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
  // Readers' comments: created only by the comment form's server code; visitors see approved ones
  // through the pages (Local API) and nothing over REST; contributors never moderate; editors do,
  // without seeing commenters' email addresses (administrators only).
  comments: {
    create: { anonymous: 'deny', contributor: 'deny', editor: 'deny', admin: 'deny' },
    readPending: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    readApprovedOnPages: { anonymous: 'allow', contributor: 'deny', editor: 'allow', admin: 'allow' },
    readOverRest: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    readEmail: { anonymous: 'deny', contributor: 'deny', editor: 'deny', admin: 'allow' },
    moderate: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    reply: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    delete: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
  // Anonymous proof of consent: written only by the consent route, never changed, read by administrators.
  'consent-records': {
    create: { anonymous: 'deny', contributor: 'deny', editor: 'deny', admin: 'deny' },
    read: adminOnly,
    update: { anonymous: 'deny', contributor: 'deny', editor: 'deny', admin: 'deny' },
    delete: adminOnly,
  },
  users: {
    create: adminOnly,
    read: { anonymous: 'deny', contributor: 'own', editor: 'own', admin: 'allow' },
    update: { anonymous: 'deny', contributor: 'own', editor: 'own', admin: 'allow' },
    setRole: adminOnly,
    delete: adminOnly,
    unlock: adminOnly,
  },
  'payload-jobs': {
    create: adminOnly,
    read: adminOnly,
    update: adminOnly,
    delete: adminOnly,
    // Editors schedule publishing, which queues a job; running and cancelling jobs is administration.
    queue: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    run: adminOnly,
    cancel: adminOnly,
    // Scheduling publishing is publishing: editors and admins, never contributors (not even cancelling one).
    schedulePublish: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    cancelScheduledPublish: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
  'site-settings': {
    read: { anonymous: 'allow', contributor: 'allow', editor: 'allow', admin: 'allow' },
    update: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
  'contact-settings': {
    read: { anonymous: 'allow', contributor: 'allow', editor: 'allow', admin: 'allow' },
    readDeliveryAddress: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    update: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
  'comment-settings': {
    read: { anonymous: 'allow', contributor: 'allow', editor: 'allow', admin: 'allow' },
    readTeamFields: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
    update: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
  'cookie-settings': {
    read: { anonymous: 'allow', contributor: 'allow', editor: 'allow', admin: 'allow' },
    update: { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' },
  },
}

/** Payload's own bookkeeping collections: their access is Payload's, checked separately below. */
const payloadInternals = ['payload-kv', 'payload-locked-documents', 'payload-preferences', 'payload-migrations']
/** Payload's own global for scheduled jobs (when each schedule last queued work). */
const payloadInternalGlobals = ['payload-jobs-stats']

let payload: Payload
let world: AccessWorld

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createAccessWorld(payload, 'matrix')
})

afterAll(async () => {
  await world?.cleanup()
})

const probesFor: { [S in Subject]: (world: AccessWorld) => Promise<Record<keyof ExpectedTable[S], Probe>> } = {
  pages: (w) => versionedProbes(w, 'pages'),
  projects: (w) => versionedProbes(w, 'projects'),
  events: (w) => versionedProbes(w, 'events'),
  reports: (w) => versionedProbes(w, 'reports'),
  posts: (w) => versionedProbes(w, 'posts'),
  members: (w) => versionedProbes(w, 'members'),
  themes: (w) =>
    plainProbes(w, {
      collection: 'themes',
      make: async (label) => ({ data: { name: w.name(label), slug: slugify(w.name(label)) } }),
      change: { field: 'description', value: (n) => `Described ${n}` },
    }),
  organisations: (w) =>
    plainProbes(w, {
      collection: 'organisations',
      make: async (label) => ({ data: { name: w.name(label), slug: slugify(w.name(label)), kind: 'charity' } }),
      change: { field: 'description', value: (n) => `Described ${n}` },
    }),
  media: (w) =>
    uploadProbes(w, {
      collection: 'media',
      make: async (label) => ({ data: { alt: label }, file: await pngFile(slugify(w.name(label))) }),
      change: { field: 'caption', value: (n) => `Caption ${n}` },
    }),
  documents: (w) =>
    uploadProbes(w, {
      collection: 'documents',
      make: async (label) => ({ data: { title: label }, file: pdfFile(slugify(w.name(label))) }),
      change: { field: 'title', value: (n) => `Retitled ${n}` },
    }),
  redirects: (w) =>
    plainProbes(w, {
      collection: 'redirects',
      make: async (label) => ({ data: { from: `/${slugify(w.name(label))}`, to: '/' } }),
      change: { field: 'to', value: (n) => `/moved-${n}` },
    }),
  'member-contacts': (w) =>
    plainProbes(w, {
      collection: 'member-contacts',
      make: async (label) => {
        const member = await createContent(w, 'members', label, 'published')
        return { data: { member: member.id, email: `${slugify(label)}-${w.tag}@example.org` } }
      },
      change: { field: 'notes', value: (n) => `Note ${n}` },
    }),
  'contact-messages': (w) =>
    plainProbes(w, {
      collection: 'contact-messages',
      make: async (label) => ({
        data: {
          status: 'spam',
          recipientKind: 'team',
          recipientName: 'Communications team',
          senderName: w.name(label),
          senderEmail: `${slugify(label)}-${w.tag}@example.org`,
          subject: label,
          message: 'A message kept out of the delivery queue.',
          privacyNoticeAcknowledgedAt: new Date().toISOString(),
        },
      }),
      change: { field: 'notes', value: (n) => `Note ${n}` },
    }),
  comments: (w) => commentProbes(w),
  'consent-records': (w) =>
    plainProbes(w, {
      collection: 'consent-records',
      make: async (label) => ({
        data: { consentId: `${slugify(label)}-${w.tag}`, method: 'reject', revision: 1, categories: [], services: [] },
      }),
      change: { field: 'consentId', value: (n) => `changed-${n}` },
    }),
  users: async (w) => userProbes(w),
  'payload-jobs': (w) => jobProbes(w),
  'site-settings': (w) => siteSettingsProbes(w),
  'contact-settings': (w) => contactSettingsProbes(w),
  'comment-settings': (w) => commentSettingsProbes(w),
  'cookie-settings': (w) => cookieSettingsProbes(w),
}

describe('role matrix', () => {
  it('covers every collection and global of the config', async () => {
    const resolved = await config
    const slugs = [
      ...resolved.collections.map(({ slug }) => slug).filter((slug) => !payloadInternals.includes(slug)),
      ...resolved.globals.map(({ slug }) => slug).filter((slug) => !payloadInternalGlobals.includes(slug)),
    ]
    expect(slugs.sort()).toEqual(Object.keys(expected).sort())
  })

  it.each(Object.keys(expected) as Subject[])('%s: each role can do exactly what the table says', async (subject) => {
    const rows = expected[subject] as Record<string, Row>
    const probes = (await probesFor[subject](world)) as Record<string, Probe>
    const observed: ObservedTable = {}
    for (const [operation, probe] of Object.entries(probes)) {
      const row = (observed[operation] = {} as ObservedTable[string])
      for (const actor of actors) row[actor] = await probe(actor)
    }
    expect(
      mismatches(rows, observed),
      formatTable(subject, rows, observed, { ...operationNotes, ...commentOperationNotes }),
    ).toEqual([])
  })

  it.each(payloadInternalGlobals)("Payload's %s global is closed to anonymous visitors", async (slug) => {
    const result = await attempt(`read ${slug}`, () =>
      payload.findGlobal({ slug: slug as 'site-settings', ...world.as('anonymous') }),
    )
    expect(result.ok ? result.value : 'denied').toEqual('denied')
  })

  it.each(payloadInternals)("Payload's %s collection is closed to anonymous visitors", async (slug) => {
    const result = await attempt(`find ${slug}`, () =>
      payload.find({ collection: slug as CollectionSlug, ...world.as('anonymous') }),
    )
    expect(result.ok ? result.value.docs : 'denied').toEqual('denied')
  })
})

describe('contributors and published content', () => {
  it('a contributor cannot remove a published project by unpublishing it and then deleting it', async () => {
    const project = await createContent(world, 'projects', 'Published, contributor target', 'published')
    const contributor = world.as('contributor')
    await attempt('unpublish', () =>
      payload.update({ collection: 'projects', id: project.id, data: { _status: 'draft' }, ...contributor }),
    )
    await attempt('delete', () => payload.delete({ collection: 'projects', id: project.id, ...contributor }))
    const stored = await payload.findByID({ collection: 'projects', id: project.id, disableErrors: true, ...asSystem })
    expect(
      stored?._status,
      'ACCESS BUG (cms/access/index.ts canWriteContent): a contributor unpublished a published project ' +
        '(update with _status "draft" outside draft mode is allowed) and canDeleteContent then let them delete it',
    ).toBe('published')
  })
})

describe('contributors and images or PDFs that published content shows', () => {
  const token = async (role: 'contributor' | 'editor') =>
    (
      await payload.login({
        collection: 'users',
        data: { email: world.accounts[role].email, password: 'a-long-test-password' },
      })
    ).token
  const image = async (label: string) =>
    createFixture(world, 'media', { alt: `Alt ${label}` }, await pngFile(slugify(world.name(label))))
  const altOf = async (id: number) => (await payload.findByID({ collection: 'media', id, ...asSystem })).alt

  it('refuses a contributor REST PATCH and DELETE of the hero image of a published post', async () => {
    const hero = await image('published hero')
    await createContent(world, 'posts', 'Post with a hero', 'published', { heroImage: hero.id })
    const contributor = await token('contributor')
    const patch = await restSend('PATCH', `/media/${hero.id}`, { alt: 'PROBE changed by contributor' }, contributor)
    const remove = await restSend('DELETE', `/media/${hero.id}`, undefined, contributor)
    expect([patch.status, remove.status]).toEqual([403, 403])
    expect(await altOf(hero.id)).toBe('Alt published hero')
  })

  it('refuses a contributor replacing the file of a published report', async () => {
    const pdf = await createFixture(world, 'documents', { title: 'Report PDF' }, pdfFile(`report-${world.tag}`))
    await createContent(world, 'reports', 'Report with a PDF', 'published', { file: pdf.id })
    const result = await attempt('replace the PDF', () =>
      payload.update({
        collection: 'documents',
        id: pdf.id,
        data: {},
        file: pdfFile(`replacement-${world.tag}`),
        overwriteExistingFiles: true,
        ...world.as('contributor'),
      }),
    )
    expect(result.ok).toBe(false)
    const stored = await payload.findByID({ collection: 'documents', id: pdf.id, ...asSystem })
    expect(stored.filename).toBe(pdf.filename)
  })

  it('counts an image inside the rich text of a published post, and an organisation logo, as in use', async () => {
    const inText = await image('in rich text')
    const logo = await image('logo')
    const base = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }
    const body = {
      root: {
        ...base,
        type: 'root',
        children: [{ ...base, type: 'upload', id: 'u1', relationTo: 'media', value: inText.id, fields: {} }],
      },
    }
    await createContent(world, 'posts', 'Post with an inline image', 'published', { body })
    await createFixture(world, 'organisations', {
      name: world.name('Partner with logo'),
      slug: slugify(world.name('Partner with logo')),
      kind: 'charity',
      logo: logo.id,
    })
    for (const id of [inText.id, logo.id]) {
      const result = await attempt('change alt', () =>
        payload.update({ collection: 'media', id, data: { alt: 'Changed' }, ...world.as('contributor') }),
      )
      expect(result.ok, `media ${id}`).toBe(false)
    }
  })

  it('lets a contributor fix an image used only by drafts, and an editor change one in use', async () => {
    const forDraft = await image('for a draft')
    await createContent(world, 'posts', 'Draft with an image', 'draft', { heroImage: forDraft.id })
    await payload.update({ collection: 'media', id: forDraft.id, data: { alt: 'Fixed' }, ...world.as('contributor') })
    expect(await altOf(forDraft.id)).toBe('Fixed')

    const live = await image('live for editor')
    await createContent(world, 'projects', 'Project with a hero', 'published', { heroImage: live.id })
    // Outside the Next.js server the hook posts the expired tags to it; none runs here.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const response = await restSend('PATCH', `/media/${live.id}`, { alt: 'Editor fix' }, await token('editor'))
      expect(response.status).toBe(200)
      // Posted once the request's transaction has ended.
      await expiriesPosted()
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not reach the server to expire collection:media/))
    } finally {
      warn.mockRestore()
    }
    expect(await altOf(live.id)).toBe('Editor fix')
  })
})

describe('the schedule-publish server function', () => {
  const at = new Date('2999-06-01T09:00:00.000Z')
  const exists = async (id: number) =>
    (await payload.findByID({ collection: 'payload-jobs', id, disableErrors: true, ...asSystem })) !== null

  it("answers a contributor cancelling an editor's job with a refusal, not an error, and keeps the job", async () => {
    const { post, job } = await editorsScheduledPublish(world, 'embargoed post')
    const answer = await callSchedulePublish(world, 'contributor', {
      type: 'publish',
      date: at,
      deleteID: job.id,
      doc: { relationTo: 'posts', value: String(post.id) },
    })
    expect(answer).toEqual({ error: SCHEDULE_REFUSED })
    expect(await exists(job.id)).toBe(true)
    expect(await scheduledJobsFor(world, 'posts', post.id)).toHaveLength(1)
  })

  it("refuses a deleteID that names another document's job, another task's job or no job at all", async () => {
    const { job } = await editorsScheduledPublish(world, 'scheduled A')
    const other = await createContent(world, 'posts', 'scheduled B', 'draft')
    const otherTask = await createFixture(world, 'payload-jobs', {
      taskSlug: 'purgeContactMessages',
      queue: `other-${world.tag}`,
      waitUntil: '2999-01-01T00:00:00.000Z',
      input: {},
    })
    const attempts = [
      { type: 'publish', date: at, deleteID: job.id, doc: { relationTo: 'posts', value: String(other.id) } },
      { deleteID: otherTask.id },
      { deleteID: '1 OR 1=1' },
      { deleteID: { equals: job.id } },
      { deleteID: 999_999_999 },
    ]
    for (const args of attempts) {
      expect(await callSchedulePublish(world, 'editor', args), JSON.stringify(args)).toEqual({
        error: SCHEDULE_REFUSED,
      })
    }
    expect([await exists(job.id), await exists(otherTask.id)]).toEqual([true, true])
  })

  it('refuses an anonymous caller and a document of a collection without scheduling, without throwing', async () => {
    const { job } = await editorsScheduledPublish(world, 'scheduled for anonymous')
    expect(await callSchedulePublish(world, 'anonymous', { deleteID: job.id })).toEqual({ error: SCHEDULE_REFUSED })
    const theme = await createFixture(world, 'themes', {
      name: world.name('Theme'),
      slug: slugify(world.name('Theme')),
    })
    const answer = await callSchedulePublish(world, 'admin', {
      type: 'publish',
      date: at,
      doc: { relationTo: 'themes', value: String(theme.id) },
    })
    expect(answer).toEqual({ error: SCHEDULE_REFUSED })
    expect(await exists(job.id)).toBe(true)
  })

  it('lets an editor schedule and then cancel from the drawer, leaving no job behind', async () => {
    const post = await createContent(world, 'posts', 'editor schedules', 'draft')
    const scheduled = await callSchedulePublish(world, 'editor', {
      type: 'unpublish',
      date: at,
      doc: { relationTo: 'posts', value: String(post.id) },
    })
    expect(scheduled).toEqual({ message: expect.any(String) })
    const [job] = await scheduledJobsFor(world, 'posts', post.id)
    if (!job) expect.fail('no job was queued')
    world.track('payload-jobs', job.id)
    const before = await payload.count({ collection: 'payload-jobs', ...asSystem })
    expect(await callSchedulePublish(world, 'editor', { deleteID: job.id })).toEqual({ message: expect.any(String) })
    expect(await exists(job.id)).toBe(false)
    // Payload's own handler queues an empty job after a cancellation; the guard does not.
    expect((await payload.count({ collection: 'payload-jobs', ...asSystem })).totalDocs).toBe(before.totalDocs - 1)
  })
})

describe('uploads refuse active content, even from an administrator', () => {
  const refused: [string, CollectionSlug, () => UploadFile, Record<string, unknown>][] = [
    ['an SVG with a script', 'media', () => svgWithScript(`script-svg-${world.tag}`), { alt: 'SVG' }],
    ['an HTML page named .png', 'media', () => htmlDisguisedAs(`page-as-png-${world.tag}`, 'png'), { alt: 'HTML' }],
    ['an SVG with a script', 'documents', () => svgWithScript(`script-svg-doc-${world.tag}`), { title: 'SVG' }],
    [
      'an HTML page named .pdf',
      'documents',
      () => htmlDisguisedAs(`page-as-pdf-${world.tag}`, 'pdf'),
      { title: 'HTML' },
    ],
  ]

  it.each(refused)('refuses %s in %s', async (_, collection, makeFile, data) => {
    const file = makeFile()
    await expect(payload.create({ collection, data: data as never, file, ...world.as('admin') })).rejects.toThrow(
      ValidationError,
    )
    expectLoggedErrors(/Invalid MIME type|is not allowed/, 1)
    const stem = file.name.replace(/\.\w+$/, '')
    const stored = await payload.find({ collection, where: { filename: { like: stem } }, ...asSystem })
    expect(stored.docs).toEqual([])
  })

  it('accepts the real image and PDF those are checked against', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A blue square' },
      file: await pngFile(`real-${world.tag}`),
      ...world.as('admin'),
    })
    world.track('media', image.id)
    const pdf = await payload.create({
      collection: 'documents',
      data: { title: 'A one-page PDF' },
      file: pdfFile(`real-${world.tag}`),
      ...world.as('admin'),
    })
    world.track('documents', pdf.id)
    expect([image.mimeType, pdf.mimeType]).toEqual(['image/png', 'application/pdf'])
  })
})

describe('jobs endpoint permissions', () => {
  it('lets only an administrator run jobs through the REST endpoint', async () => {
    const { jobs } = await config
    const run = jobs.access?.run
    expect(run).toBeTypeOf('function')
    const allowed: Record<string, boolean> = {}
    for (const actor of actors) {
      allowed[actor] = Boolean(await run?.({ req: await createLocalReq({ user: world.as(actor).user }, payload) }))
    }
    expect(allowed).toEqual({ anonymous: false, contributor: false, editor: false, admin: true })
  })
})
