import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type CollectionSlug, type RequiredDataFromCollectionSlug } from 'payload'

import { serverFunctions } from '@/cms/serverFunctions'

import {
  type AccessWorld,
  type Actor,
  asSystem,
  contentData,
  createContent,
  createFixture,
  fieldOf,
  markerField,
  type Role,
  type UploadFile,
  type VersionedSlug,
} from './accessFixtures'
import { agree, attempt, byStatus, bySelf, byUse, type Observed } from './accessOutcomes'

/** Performs one operation as `actor` against fresh or shared fixtures and reports what it could do. */
export type Probe = (actor: Actor) => Promise<Observed>

export const versionedOperations = [
  'create',
  'read',
  'update',
  'publish',
  'editLive',
  'unpublish',
  'delete',
  'readVersions',
] as const
export const plainOperations = ['create', 'read', 'update', 'delete'] as const
export const userOperations = [...plainOperations, 'setRole', 'unlock'] as const
export const jobOperations = [
  ...plainOperations,
  'queue',
  'run',
  'cancel',
  'schedulePublish',
  'cancelScheduledPublish',
] as const
export const globalOperations = ['read', 'update'] as const

/** What each probe does, printed beside a failing table. */
export const operationNotes: Record<string, string> = {
  create: 'create a document (versioned collections: a draft)',
  read: 'find; versioned collections: which of a published and a never-published document are visible',
  updateUnused: 'uploads: change an image or PDF no live content uses (not referenced by anything published)',
  updateInUse:
    'uploads: change an image or PDF that a published page shows (media: in a page block; documents: in an event material)',
  update:
    'versioned: save a draft (draft: true, as the admin panel does) of an unpublished and of a published document',
  publish: 'publish an existing draft (update _status "published"), and create a document already published',
  editLive:
    'change a published document outside draft mode (REST PATCH without ?draft=true): visitors see the change at once',
  unpublish: 'take a published document off the site: update _status "draft" outside draft mode',
  delete: 'delete; versioned collections: an unpublished and a published document',
  readVersions: "findVersions: a document's history",
  setRole: "change a role: non-admins their own (to admin), an admin someone else's",
  unlock: 'unlock a locked account (payload.unlock)',
  queue: 'payload.jobs.queue with overrideAccess: false (jobs.access.queue)',
  run: 'payload.jobs.run with overrideAccess: false (jobs.access.run, as the /api/payload-jobs/run endpoint)',
  cancel: 'payload.jobs.cancelByID with overrideAccess: false (jobs.access.cancel)',
  schedulePublish:
    "the admin's schedule-publish server function: schedule publishing a draft post (a job for it is queued)",
  cancelScheduledPublish:
    "schedule-publish with deleteID: cancel an editor's scheduled publish, as the admin's drawer does (deleteID only) " +
    'and with a date and the document (the probe of 2026-12-01)',
}

type Probes<Operations extends readonly string[]> = Record<Operations[number], Probe>

/**
 * The probes run the same operation over collections whose generated types differ; the data is
 * built per collection at run time, so it is typed loosely at that one point.
 */
const loose = (data: Record<string, unknown>) => data as never

/** Probes for a public versioned collection (pages, projects, events, reports, posts, members). */
export async function versionedProbes(
  world: AccessWorld,
  slug: VersionedSlug,
): Promise<Probes<typeof versionedOperations>> {
  const { payload } = world
  const marker = markerField[slug]
  let counter = 0
  const next = () => ++counter
  const fresh = (status: 'draft' | 'published') => createContent(world, slug, `${slug} ${status} ${next()}`, status)
  const stored = (id: number, draft = false) =>
    payload.findByID({ collection: slug, id, draft, depth: 0, disableErrors: true, ...asSystem })
  const shared = { published: await fresh('published'), draft: await fresh('draft') }

  return {
    create: async (actor) => {
      const data = { ...contentData[slug](world.name(`${slug} by ${actor} ${next()}`)), _status: 'draft' }
      const result = await attempt(`create ${slug}`, () =>
        payload.create({ collection: slug, data: loose(data), ...world.as(actor) }),
      )
      if (result.ok) world.track(slug, result.value.id)
      return result.ok ? 'allow' : 'deny'
    },

    read: async (actor) => {
      const ids = [shared.published.id, shared.draft.id]
      const result = await attempt(`find ${slug}`, () =>
        payload.find({ collection: slug, where: { id: { in: ids } }, depth: 0, ...world.as(actor) }),
      )
      if (!result.ok) return 'deny'
      const seen = new Set(result.value.docs.map((doc) => doc.id))
      return byStatus({ draft: seen.has(shared.draft.id), published: seen.has(shared.published.id) })
    },

    update: async (actor) => {
      const saveDraft = async (id: number) => {
        const value = `Draft edit ${world.tag} ${next()}`
        const result = await attempt(`save a draft of ${slug}`, () =>
          payload.update({ collection: slug, id, draft: true, data: loose({ [marker]: value }), ...world.as(actor) }),
        )
        return result.ok && fieldOf(await stored(id, true), marker) === value
      }
      const unpublished = await fresh('draft')
      const published = await fresh('published')
      const done = { draft: await saveDraft(unpublished.id), published: await saveDraft(published.id) }
      const live = await stored(published.id)
      if (fieldOf(live, '_status') !== 'published' || fieldOf(live, marker) !== fieldOf(published, marker)) {
        return 'unexpected: saving a draft changed the published document'
      }
      return byStatus(done)
    },

    publish: async (actor) => {
      const existing = await fresh('draft')
      const published = await attempt(`publish ${slug}`, () =>
        payload.update({
          collection: slug,
          id: existing.id,
          data: loose({ _status: 'published' }),
          ...world.as(actor),
        }),
      )
      const data = { ...contentData[slug](world.name(`${slug} published by ${actor} ${next()}`)), _status: 'published' }
      const created = await attempt(`create published ${slug}`, () =>
        payload.create({ collection: slug, data: loose(data), ...world.as(actor) }),
      )
      if (created.ok) world.track(slug, created.value.id)
      return agree({
        'publish a draft': published.ok && fieldOf(await stored(existing.id), '_status') === 'published',
        'create published': created.ok && fieldOf(created.value, '_status') === 'published',
      })
    },

    editLive: async (actor) => {
      const doc = await fresh('published')
      const value = `Live edit ${world.tag} ${next()}`
      const result = await attempt(`edit published ${slug}`, () =>
        payload.update({ collection: slug, id: doc.id, data: loose({ [marker]: value }), ...world.as(actor) }),
      )
      const live = await stored(doc.id)
      return result.ok && fieldOf(live, '_status') === 'published' && fieldOf(live, marker) === value ? 'allow' : 'deny'
    },

    unpublish: async (actor) => {
      const doc = await fresh('published')
      const result = await attempt(`unpublish ${slug}`, () =>
        payload.update({ collection: slug, id: doc.id, data: loose({ _status: 'draft' }), ...world.as(actor) }),
      )
      return result.ok && fieldOf(await stored(doc.id), '_status') === 'draft' ? 'allow' : 'deny'
    },

    delete: async (actor) => {
      const deleted = async (id: number) => {
        await attempt(`delete ${slug}`, () => payload.delete({ collection: slug, id, ...world.as(actor) }))
        return (await stored(id)) === null
      }
      const unpublished = await fresh('draft')
      const published = await fresh('published')
      return byStatus({ draft: await deleted(unpublished.id), published: await deleted(published.id) })
    },

    readVersions: async (actor) => {
      const result = await attempt(`findVersions ${slug}`, () =>
        payload.findVersions({
          collection: slug,
          where: { parent: { equals: shared.published.id } },
          ...world.as(actor),
        }),
      )
      return result.ok && result.value.docs.length > 0 ? 'allow' : 'deny'
    },
  }
}

export interface PlainSpec<S extends CollectionSlug> {
  collection: S
  /** Data (and for uploads a file) for a new document. */
  make(label: string): Promise<{ data: RequiredDataFromCollectionSlug<S>; file?: UploadFile }>
  /** A change an update makes, seen in `field` afterwards. */
  change: { field: string; value: (n: number) => string }
}

/** Probes for a collection without drafts: taxonomy, uploads, redirects, member contacts, jobs. */
export async function plainProbes<S extends CollectionSlug>(
  world: AccessWorld,
  spec: PlainSpec<S>,
): Promise<Probes<typeof plainOperations>> {
  const { payload } = world
  const { collection, change } = spec
  let counter = 0
  const next = () => ++counter
  const fresh = async () => {
    const { data, file } = await spec.make(`${collection} fixture ${next()}`)
    return createFixture(world, collection, data, file)
  }
  const stored = (id: number) =>
    payload.findByID({ collection, id, depth: 0, disableErrors: true, ...asSystem }) as Promise<unknown>
  const shared = await fresh()
  const sharedId = Number(shared.id)

  return {
    create: async (actor) => {
      const { data, file } = await spec.make(`${collection} by ${actor} ${next()}`)
      const result = await attempt(`create ${collection}`, () =>
        payload.create({ collection, data, file, ...world.as(actor) }),
      )
      if (result.ok) world.track(collection, Number(result.value.id))
      return result.ok ? 'allow' : 'deny'
    },

    read: async (actor) => {
      const result = await attempt(`find ${collection}`, () =>
        payload.find({ collection, where: { id: { equals: sharedId } }, depth: 0, ...world.as(actor) }),
      )
      return result.ok && result.value.docs.some((doc) => doc.id === sharedId) ? 'allow' : 'deny'
    },

    update: async (actor) => {
      const value = change.value(next())
      const result = await attempt(`update ${collection}`, () =>
        payload.update({ collection, id: sharedId, data: loose({ [change.field]: value }), ...world.as(actor) }),
      )
      return result.ok && fieldOf(await stored(sharedId), change.field) === value ? 'allow' : 'deny'
    },

    delete: async (actor) => {
      const id = Number((await fresh()).id)
      await attempt(`delete ${collection}`, () => payload.delete({ collection, id, ...world.as(actor) }))
      return (await stored(id)) === null ? 'allow' : 'deny'
    },
  }
}

export const uploadOperations = ['create', 'read', 'update', 'delete'] as const

/**
 * Probes for images and PDFs. `update` combines an upload nothing live uses and one a published page
 * shows (media: in a page's media block; documents: as an event's material), since uploads have no
 * drafts and a change to a used one is live at once.
 */
export async function uploadProbes(
  world: AccessWorld,
  spec: PlainSpec<'media' | 'documents'>,
): Promise<Probes<typeof uploadOperations>> {
  const { payload } = world
  const { collection, change } = spec
  const plain = await plainProbes(world, spec)
  let counter = 0
  const fresh = async () => {
    const { data, file } = await spec.make(`${collection} upload ${++counter}`)
    return Number((await createFixture(world, collection, data as never, file)).id)
  }
  const showOnPublishedPage = async (id: number) => {
    if (collection === 'media') {
      await createContent(world, 'pages', `shows media ${id}`, 'published', {
        layout: [{ blockType: 'media', image: id }],
      })
    } else {
      await createContent(world, 'events', `offers document ${id}`, 'published', {
        materials: [{ kind: 'slides', label: 'Slides', document: id }],
      })
    }
  }
  const changed = async (actor: Actor, id: number) => {
    const value = change.value(++counter)
    const result = await attempt(`update ${collection}`, () =>
      payload.update({ collection, id, data: loose({ [change.field]: value }), ...world.as(actor) }),
    )
    const after = await payload.findByID({ collection, id, depth: 0, disableErrors: true, ...asSystem })
    return result.ok && fieldOf(after, change.field) === value
  }
  return {
    ...plain,
    update: async (actor) => {
      const unused = await fresh()
      const used = await fresh()
      await showOnPublishedPage(used)
      return byUse({ unused: await changed(actor, unused), used: await changed(actor, used) })
    },
  }
}

/** Probes for the users collection: administrators manage everyone, others only themselves. */
export function userProbes(world: AccessWorld): Probes<typeof userOperations> {
  const { payload } = world
  let counter = 0
  const next = () => ++counter
  const account = async (role: Role) => {
    const n = next()
    return createFixture(world, 'users', {
      name: `Fixture ${role} ${n}`,
      email: `fixture-${role}-${n}-${world.tag}@example.org`,
      password: 'a-long-test-password',
      role,
    })
  }
  const stored = (id: number) => payload.findByID({ collection: 'users', id, disableErrors: true, ...asSystem })
  const selfOf = (actor: Actor) => (actor === 'anonymous' ? undefined : world.accounts[actor])

  return {
    create: async (actor) => {
      const n = next()
      const data = {
        name: `Created by ${actor}`,
        email: `created-${n}-${world.tag}@example.org`,
        password: 'a-long-test-password',
        role: 'contributor' as const,
      }
      const result = await attempt('create user', () =>
        payload.create({ collection: 'users', data, ...world.as(actor) }),
      )
      if (result.ok) world.track('users', result.value.id)
      return result.ok ? 'allow' : 'deny'
    },

    read: async (actor) => {
      const other = await account('contributor')
      const self = selfOf(actor)
      const ids = self ? [self.id, other.id] : [other.id]
      const result = await attempt('find users', () =>
        payload.find({ collection: 'users', where: { id: { in: ids } }, ...world.as(actor) }),
      )
      const seen = new Set(result.ok ? result.value.docs.map((doc) => doc.id) : [])
      return bySelf({ self: Boolean(self && seen.has(self.id)), other: seen.has(other.id) })
    },

    update: async (actor) => {
      const rename = async (id: number) => {
        const name = `Renamed ${next()}`
        const result = await attempt('update user', () =>
          payload.update({ collection: 'users', id, data: { name }, ...world.as(actor) }),
        )
        return result.ok && (await stored(id))?.name === name
      }
      const self = selfOf(actor)
      const other = await account('contributor')
      return bySelf({ self: self ? await rename(self.id) : false, other: await rename(other.id) })
    },

    setRole: async (actor) => {
      // Others may only try to promote themselves; an administrator changes another account's role.
      const target = actor === 'admin' || actor === 'anonymous' ? await account('contributor') : world.accounts[actor]
      const wanted = actor === 'admin' ? 'editor' : 'admin'
      await attempt('change role', () =>
        payload.update({ collection: 'users', id: target.id, data: { role: wanted }, ...world.as(actor) }),
      )
      const changed = (await stored(target.id))?.role === wanted
      if (changed && target.id === selfOf(actor)?.id) {
        await payload.update({ collection: 'users', id: target.id, data: { role: target.role }, ...asSystem })
      }
      return changed ? 'allow' : 'deny'
    },

    delete: async (actor) => {
      // A throw-away account of the actor's role, so that deleting itself harms no other probe.
      const self = actor === 'anonymous' ? undefined : await account(actor)
      const as = self
        ? { overrideAccess: false as const, user: { ...self, collection: 'users' as const } }
        : world.as('anonymous')
      const deleted = async (id: number) => {
        await attempt('delete user', () => payload.delete({ collection: 'users', id, ...as }))
        return (await stored(id)) === null
      }
      const other = await account('contributor')
      const otherDeleted = await deleted(other.id)
      return bySelf({ self: self ? await deleted(self.id) : false, other: otherDeleted })
    },

    unlock: async (actor) => {
      // Accounts are no longer locked (sign-in is limited per address instead), so the unlock
      // operation has nothing to clear: what it still guards is who may call it.
      const target = await account('contributor')
      const { user } = world.as(actor)
      const result = await attempt('unlock user', () =>
        payload.unlock({
          collection: 'users',
          data: { email: target.email, password: '' },
          overrideAccess: false,
          req: { user },
        }),
      )
      return result.ok ? 'allow' : 'deny'
    },
  }
}

type ScheduleArgs = Record<string, unknown>

/**
 * Calls the `schedule-publish` server function the way `handleServerFunctions` (@payloadcms/next) does
 * for the admin panel: the project's entry from cms/serverFunctions when there is one, else Payload's.
 */
export async function callSchedulePublish(world: AccessWorld, actor: Actor, args: ScheduleArgs): Promise<unknown> {
  const fn = (serverFunctions as Record<string, unknown>)['schedule-publish'] ?? schedulePublishHandler
  const user = world.as(actor).user
  const req = await createLocalReq({ user }, world.payload)
  const augmented = { ...args, req, user, importMap: {}, cookies: new Map(), permissions: {}, locale: undefined }
  return (fn as (args: unknown) => Promise<unknown>)(augmented)
}

/** Scheduled-publish jobs waiting for one document. */
export async function scheduledJobsFor(world: AccessWorld, collection: string, id: number) {
  const { docs } = await world.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' } },
    pagination: false,
    ...asSystem,
  })
  return docs.filter((job) => {
    const doc = (job.input as { doc?: { relationTo?: string; value?: unknown } } | null)?.doc
    return doc?.relationTo === collection && String(doc.value) === String(id)
  })
}

/** An editor's scheduled publish of a fresh draft post, far in the future, made with access control off. */
export async function editorsScheduledPublish(world: AccessWorld, label: string) {
  const post = await createContent(world, 'posts', label, 'draft')
  const job = await world.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'posts', value: post.id },
      user: { relationTo: 'users', value: world.accounts.editor.id },
    },
    waitUntil: new Date('2999-01-01T00:00:00.000Z'),
  })
  world.track('payload-jobs', job.id)
  return { post, job }
}

/** Probes for the jobs queue: its collection, and the queue/run/cancel permissions from `jobs.access`. */
export async function jobProbes(world: AccessWorld): Promise<Probes<typeof jobOperations>> {
  const { payload } = world
  // A queue of this run's own, whose jobs wait until 2999: nothing here ever really runs.
  const queue = `access-${world.tag}`
  const waitUntil = '2999-01-01T00:00:00.000Z'
  const collection = await plainProbes(world, {
    collection: 'payload-jobs',
    make: async () => ({ data: { taskSlug: 'schedulePublish', queue, waitUntil, input: { type: 'publish' } } }),
    change: { field: 'queue', value: (n) => `${queue}-${n}` },
  })
  const reqAs = (actor: Actor) => createLocalReq({ user: world.as(actor).user }, payload)
  const stored = (id: number) => payload.findByID({ collection: 'payload-jobs', id, disableErrors: true, ...asSystem })

  return {
    ...collection,
    queue: async (actor) => {
      const req = await reqAs(actor)
      const result = await attempt('queue a job', () =>
        payload.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'publish' },
          queue,
          waitUntil: new Date(waitUntil),
          overrideAccess: false,
          req,
        }),
      )
      if (result.ok) world.track('payload-jobs', result.value.id)
      return result.ok ? 'allow' : 'deny'
    },
    run: async (actor) => {
      const req = await reqAs(actor)
      const result = await attempt('run jobs', () =>
        payload.jobs.run({ queue: `${queue}-empty`, overrideAccess: false, req }),
      )
      return result.ok ? 'allow' : 'deny'
    },
    cancel: async (actor) => {
      const job = await createFixture(world, 'payload-jobs', {
        taskSlug: 'schedulePublish',
        queue,
        waitUntil,
        input: { type: 'publish' },
      })
      const req = await reqAs(actor)
      await attempt('cancel a job', () => payload.jobs.cancelByID({ id: job.id, overrideAccess: false, req }))
      return (await stored(job.id))?.hasError === true ? 'allow' : 'deny'
    },
    schedulePublish: async (actor) => {
      const post = await createContent(world, 'posts', `to schedule by ${actor}`, 'draft')
      await attempt('schedule publishing', () =>
        callSchedulePublish(world, actor, {
          type: 'publish',
          date: new Date('2999-06-01T09:00:00.000Z'),
          doc: { relationTo: 'posts', value: String(post.id) },
        }),
      )
      const jobs = await scheduledJobsFor(world, 'posts', post.id)
      for (const job of jobs) world.track('payload-jobs', job.id)
      return jobs.length > 0 ? 'allow' : 'deny'
    },
    cancelScheduledPublish: async (actor) => {
      const cancelled = async (shape: 'drawer' | 'probe') => {
        const { post, job } = await editorsScheduledPublish(world, `scheduled, cancel by ${actor} (${shape})`)
        const args =
          shape === 'drawer'
            ? { deleteID: job.id }
            : {
                type: 'publish',
                date: new Date('2999-06-01T09:00:00.000Z'),
                deleteID: job.id,
                doc: { relationTo: 'posts', value: String(post.id) },
              }
        await attempt('cancel a scheduled publish', () => callSchedulePublish(world, actor, args))
        for (const left of await scheduledJobsFor(world, 'posts', post.id)) world.track('payload-jobs', left.id)
        return (await stored(job.id)) === null
      }
      return agree({ 'as the drawer': await cancelled('drawer'), 'as the probe': await cancelled('probe') })
    },
  }
}

/** Probes for the site settings global. */
export async function siteSettingsProbes(world: AccessWorld): Promise<Probes<typeof globalOperations>> {
  const { payload } = world
  const before = await payload.findGlobal({ slug: 'site-settings', depth: 0, ...asSystem })
  // The name is required: on an empty database the global needs one before any partial update validates.
  if (!before.siteName) {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Access test site' }, ...asSystem })
  }
  let counter = 0
  return {
    read: async (actor) => {
      const result = await attempt('read site settings', () =>
        payload.findGlobal({ slug: 'site-settings', depth: 0, ...world.as(actor) }),
      )
      return result.ok && Boolean(result.value.siteName) ? 'allow' : 'deny'
    },
    update: async (actor) => {
      const tagline = `Tagline ${world.tag} ${++counter}`
      const result = await attempt('update site settings', () =>
        payload.updateGlobal({ slug: 'site-settings', data: { tagline }, ...world.as(actor) }),
      )
      const after = await payload.findGlobal({ slug: 'site-settings', depth: 0, ...asSystem })
      await payload.updateGlobal({ slug: 'site-settings', data: { tagline: before.tagline ?? null }, ...asSystem })
      return result.ok && after.tagline === tagline ? 'allow' : 'deny'
    },
  }
}

export const contactSettingsOperations = ['read', 'readDeliveryAddress', 'update'] as const

/** The contact settings: their texts are public, the team's delivery address is not. */
export async function contactSettingsProbes(world: AccessWorld): Promise<Probes<typeof contactSettingsOperations>> {
  const { payload } = world
  const teamEmail = `team-${world.tag}@example.org`
  const before = await payload.updateGlobal({ slug: 'contact-settings', data: { teamEmail }, ...asSystem })
  let counter = 0
  return {
    read: async (actor) => {
      const result = await attempt('read contact settings', () =>
        payload.findGlobal({ slug: 'contact-settings', depth: 0, ...world.as(actor) }),
      )
      return result.ok && Boolean(result.value.replyTime) ? 'allow' : 'deny'
    },
    readDeliveryAddress: async (actor) => {
      const result = await attempt('read contact settings', () =>
        payload.findGlobal({ slug: 'contact-settings', depth: 0, ...world.as(actor) }),
      )
      return result.ok && result.value.teamEmail === teamEmail ? 'allow' : 'deny'
    },
    update: async (actor) => {
      const replyTime = `We reply within ${++counter} days (${world.tag}).`
      const result = await attempt('update contact settings', () =>
        payload.updateGlobal({ slug: 'contact-settings', data: { replyTime }, ...world.as(actor) }),
      )
      const after = await payload.findGlobal({ slug: 'contact-settings', depth: 0, ...asSystem })
      await payload.updateGlobal({ slug: 'contact-settings', data: { replyTime: before.replyTime }, ...asSystem })
      return result.ok && after.replyTime === replyTime ? 'allow' : 'deny'
    },
  }
}

/** The cookie settings: all public (they describe what visitors consent to); editors change them. */
export async function cookieSettingsProbes(world: AccessWorld): Promise<Probes<typeof globalOperations>> {
  const { payload } = world
  const before = await payload.findGlobal({ slug: 'cookie-settings', depth: 0, ...asSystem })
  let counter = 0
  return {
    read: async (actor) => {
      const result = await attempt('read cookie settings', () =>
        payload.findGlobal({ slug: 'cookie-settings', depth: 0, ...world.as(actor) }),
      )
      return result.ok && Boolean(result.value.bannerHeading) ? 'allow' : 'deny'
    },
    update: async (actor) => {
      const bannerHeading = `Cookies ${world.tag} ${++counter}`
      const result = await attempt('update cookie settings', () =>
        payload.updateGlobal({ slug: 'cookie-settings', data: { bannerHeading }, ...world.as(actor) }),
      )
      const after = await payload.findGlobal({ slug: 'cookie-settings', depth: 0, ...asSystem })
      await payload.updateGlobal({
        slug: 'cookie-settings',
        data: { bannerHeading: before.bannerHeading },
        ...asSystem,
      })
      return result.ok && after.bannerHeading === bannerHeading ? 'allow' : 'deny'
    },
  }
}
