import { createServer, type Server } from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { expiriesPosted, signTags } from '@/lib/cache/revalidate'
import { serverEnv } from '@/lib/env'
import type { Project, User } from '@/payload-types'

import { getTestPayload } from '../helpers/payload'
import { expectLoggedErrors } from '../helpers/payloadLogs'

let payload: Payload
let editor: User
let contributor: User
let server: Server
/** Tag lists posted to the site's /api/revalidate: how hooks expire the cache outside a request. */
const expired: string[][] = []
let badSignatures = 0
/** What a visitor would read at the moment each post arrives, when a test asks. */
let probe: (() => Promise<unknown>) | undefined
const probed: unknown[] = []

const asUser = (user: User) => ({ overrideAccess: false, user: { ...user, collection: 'users' as const } })
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`

async function makeUser(role: User['role']): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      name: `Publishing ${role}`,
      email: `publishing-${role}-${unique()}@example.org`,
      password: 'a-long-test-password',
      role,
    },
  })
}

async function draftProject(title: string, user: User = editor): Promise<Project> {
  return payload.create({
    collection: 'projects',
    data: { title, summary: 'A test project.', projectStatus: 'planned', _status: 'draft' },
    draft: true,
    ...asUser(user),
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser('editor')
  contributor = await makeUser('contributor')
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', async () => {
      const { tags } = JSON.parse(body) as { tags: string[] }
      if (request.headers['x-signature'] === signTags(tags, serverEnv().PAYLOAD_SECRET ?? '')) expired.push(tags)
      else badSignatures += 1
      if (probe) probed.push(await probe())
      response.end('{}')
    })
  })
  // Where expireTags() posts from outside a request: the run's PORT (tests/helpers/intGlobalSetup.ts).
  await new Promise<void>((resolve) => server.listen(serverEnv().PORT, '127.0.0.1', resolve))
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

beforeEach(async () => {
  await expiriesPosted()
  expired.length = 0
  probe = undefined
  probed.length = 0
})

/** Every tag posted so far, once the posts still on their way have arrived. */
const allExpired = async () => {
  await expiriesPosted()
  return expired.flat()
}

describe('cache expiry from collection hooks', () => {
  it('expires nothing when a never-published draft is saved', async () => {
    await draftProject(`Quiet draft ${unique()}`)
    expect(await allExpired()).toEqual([])
  })

  it('expires the listing and the document when a project is published, edited and unpublished', async () => {
    const project = await draftProject(`Published ${unique()}`)
    await payload.update({ collection: 'projects', id: project.id, data: { _status: 'published' }, ...asUser(editor) })
    expect(await allExpired()).toEqual(expect.arrayContaining(['collection:projects', `doc:projects:${project.slug}`]))

    expired.length = 0
    await payload.update({ collection: 'projects', id: project.id, data: { _status: 'draft' }, ...asUser(editor) })
    expect(await allExpired()).toEqual(expect.arrayContaining(['collection:projects', `doc:projects:${project.slug}`]))
    expect(badSignatures).toBe(0)
  })

  it('posts the tags once the change is committed, so that no render in between caches the old data', async () => {
    const project = await draftProject(`Committed ${unique()}`)
    // What a visitor reads when the post arrives: published projects only.
    probe = async () =>
      (await payload.count({ collection: 'projects', where: { id: { equals: project.id } }, overrideAccess: false }))
        .totalDocs
    await payload.update({ collection: 'projects', id: project.id, data: { _status: 'published' }, ...asUser(editor) })
    expect(await allExpired()).toEqual(expect.arrayContaining([`doc:projects:${project.slug}`]))
    expect(probed.length).toBeGreaterThan(0)
    expect(probed, 'the published project, as each post arrived').toEqual(probed.map(() => 1))
  })

  it('expires the old address too when a published slug changes', async () => {
    const project = await draftProject(`Renamed ${unique()}`)
    await payload.update({ collection: 'projects', id: project.id, data: { _status: 'published' }, ...asUser(editor) })
    await expiriesPosted()
    expired.length = 0
    const renamed = await payload.update({
      collection: 'projects',
      id: project.id,
      data: { slug: `${project.slug}-new`, _status: 'published' },
      ...asUser(editor),
    })
    expect(await allExpired()).toEqual(
      expect.arrayContaining([`doc:projects:${project.slug}`, `doc:projects:${renamed.slug}`, 'collection:redirects']),
    )
  })
})

describe('redirects when a published address changes', () => {
  it('sends the old project address to the new one, without chains', async () => {
    const project = await draftProject(`Moving project ${unique()}`)
    await payload.update({ collection: 'projects', id: project.id, data: { _status: 'published' }, ...asUser(editor) })
    const first = `${project.slug}-second`
    const third = `${project.slug}-third`
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { slug: first, _status: 'published' },
      ...asUser(editor),
    })
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { slug: third, _status: 'published' },
      ...asUser(editor),
    })

    const redirects = await payload.find({
      collection: 'redirects',
      where: { from: { in: [`/projects/${project.slug}`, `/projects/${first}`] } },
      overrideAccess: false,
    })
    const map = Object.fromEntries(redirects.docs.map((doc) => [doc.from, doc.to]))
    expect(map).toEqual({
      [`/projects/${project.slug}`]: `/projects/${third}`,
      [`/projects/${first}`]: `/projects/${third}`,
    })
    expect(redirects.docs.every((doc) => doc.automatic && doc.permanent)).toBe(true)
  })

  it('creates no redirect for a document that was never published', async () => {
    const project = await draftProject(`Unpublished move ${unique()}`)
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { slug: `${project.slug}-x` },
      draft: true,
      ...asUser(editor),
    })
    const found = await payload.find({
      collection: 'redirects',
      where: { from: { equals: `/projects/${project.slug}` } },
    })
    expect(found.totalDocs).toBe(0)
  })

  it('lets editors, and not contributors, manage redirects by hand', async () => {
    const data = { from: `/old-${unique()}`, to: '/about' }
    const created = await payload.create({ collection: 'redirects', data, ...asUser(editor) })
    expect(created.permanent).toBe(true)
    await expect(
      payload.create({ collection: 'redirects', data: { ...data, from: `/x-${unique()}` }, ...asUser(contributor) }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('scheduled publishing on the jobs queue', () => {
  async function schedule(project: Project, type: 'publish' | 'unpublish', user: User) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type,
        doc: { relationTo: 'projects', value: project.id },
        user: { relationTo: 'users', value: user.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    // Scheduled publishing only, every due job of it: other files queue PDF reading and mail jobs too.
    await payload.jobs.run({ allQueues: true, limit: 1000, where: { taskSlug: { equals: 'schedulePublish' } } })
  }

  const statusOf = async (id: number) => (await payload.findByID({ collection: 'projects', id, draft: false }))._status

  it('publishes and later unpublishes a project when the job runs', async () => {
    const project = await draftProject(`Scheduled ${unique()}`)
    await schedule(project, 'publish', editor)
    expect(await statusOf(project.id)).toBe('published')
    const visible = await payload.find({
      collection: 'projects',
      where: { id: { equals: project.id } },
      overrideAccess: false,
    })
    expect(visible.totalDocs).toBe(1)

    await schedule(project, 'unpublish', editor)
    expect(await statusOf(project.id)).toBe('draft')
  })

  it('does not publish when the person who scheduled it may not publish', async () => {
    const project = await draftProject(`Contributor scheduled ${unique()}`, contributor)
    await schedule(project, 'publish', contributor)
    expect(await statusOf(project.id)).toBe('draft')
    // The job fails, and says why in the log, where an administrator looks for it.
    expectLoggedErrors(/You are not allowed to perform this action/, 1)
  })

  it('leaves a job that is not yet due alone', async () => {
    const project = await draftProject(`Future ${unique()}`)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'projects', value: project.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    await payload.jobs.run({ allQueues: true, limit: 1000, where: { taskSlug: { equals: 'schedulePublish' } } })
    expect(await statusOf(project.id)).toBe('draft')
  })
})

describe('deleting a member', () => {
  it('also deletes their private contact address', async () => {
    const member = await payload.create({
      collection: 'members',
      data: {
        givenName: 'Departing',
        familyName: 'Member',
        slug: `departing-member-${unique()}`,
        networkRole: 'member',
        _status: 'published',
      },
    })
    await payload.create({ collection: 'member-contacts', data: { member: member.id, email: 'departing@example.org' } })
    await payload.delete({ collection: 'members', id: member.id, ...asUser(editor) })
    const left = await payload.find({ collection: 'member-contacts', where: { member: { equals: member.id } } })
    expect(left.totalDocs).toBe(0)
  })
})
