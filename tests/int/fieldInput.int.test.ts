import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOT_RICH_TEXT_MESSAGE } from '@/cms/fields/richTextRules'
import type { Project } from '@/payload-types'
import { NOT_TEXT_MESSAGE } from '@/cms/fields/fieldRules'

import { restGet, restSend } from '../helpers/accessRest'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let token: string
const created: { collection: 'themes' | 'reports' | 'projects' | 'events' | 'users' | 'organisations'; id: number }[] =
  []
/** Hooks would post cache expiry to a server that does not run during tests. */
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  payload = await getTestPayload()
  const email = `field-input-${randomUUID()}@example.org`
  const password = 'a-long-test-password-for-fields'
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: 'Field input', role: 'admin' },
  })
  created.push({ collection: 'users', id: user.id })
  token = (await payload.login({ collection: 'users', data: { email, password } })).token ?? ''
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, id, overrideAccess: true, context: quiet }).catch(() => undefined)
  }
})

async function theme(): Promise<{ id: number; name: string; slug: string }> {
  const tag = randomUUID()
  const doc = await payload.create({
    collection: 'themes',
    data: { name: `Field input ${tag}`, slug: `field-input-${tag}` },
  })
  created.push({ collection: 'themes', id: doc.id })
  return doc as { id: number; name: string; slug: string }
}

/** A document made through the REST API as the administrator, removed after the tests. */
async function made(collection: 'projects' | 'events', data: Record<string, unknown>): Promise<number> {
  const response = await restSend('POST', `/${collection}`, { ...data, _status: 'published' }, token)
  expect(response.status, response.text).toBe(201)
  const { id } = (response.body as { doc: { id: number } }).doc
  created.push({ collection, id })
  return id
}

/** A published project, made through the REST API. */
const project = (title: string, data: Record<string, unknown> = {}) =>
  made('projects', { title, summary: `Summary of ${title}.`, projectStatus: 'ongoing', ...data })

describe('values a field cannot hold answer 400 and change nothing', () => {
  it('refuses values that are not text in text fields, with or without a rule of their own', async () => {
    const stored = await theme()
    for (const data of [
      { slug: 12345 },
      { slug: { a: 1 } },
      { name: { a: 1 } },
      { name: ['a', 'b'] },
      { name: true },
    ]) {
      const response = await restSend('PATCH', `/themes/${stored.id}`, data, token)
      expect(response.status, JSON.stringify(data)).toBe(400)
      expect(response.text, JSON.stringify(data)).toContain(NOT_TEXT_MESSAGE)
    }
    const after = await payload.findByID({ collection: 'themes', id: stored.id })
    expect({ name: after.name, slug: after.slug }).toEqual({ name: stored.name, slug: stored.slug })
  })

  it("keeps Payload's length rule on a field with a rule of its own", async () => {
    const organisation = await payload.create({
      collection: 'organisations',
      data: { name: `Field input ${randomUUID()}`, website: 'https://example.org/' },
      context: quiet,
    } as never)
    created.push({ collection: 'organisations', id: (organisation as { id: number }).id })
    const id = (organisation as { id: number }).id
    const tooLong = `https://example.org/${'a'.repeat(600)}`
    const response = await restSend('PATCH', `/organisations/${id}`, { website: tooLong }, token)
    expect(response.status).toBe(400)
    const after = await payload.findByID({ collection: 'organisations', id })
    expect(after.website).toBe('https://example.org/')
  })

  it('answers 400 for a relationship or upload naming a document that does not exist', async () => {
    const organisation = await payload.create({
      collection: 'organisations',
      data: { name: `Field input ${randomUUID()}` },
      context: quiet,
    } as never)
    const id = (organisation as { id: number }).id
    created.push({ collection: 'organisations', id })
    const response = await restSend('PATCH', `/organisations/${id}`, { logo: 999999 }, token)
    expect(response.status).toBe(400)
    expect(response.text).toContain('does not exist')
    const after = await payload.findByID({ collection: 'organisations', id, depth: 0 })
    expect(after.logo ?? null).toBeNull()
  })

  it('never deletes a stored DOI because a new one does not normalise', async () => {
    const report = await payload.create({
      collection: 'reports',
      draft: true,
      data: { title: `Field input DOI ${randomUUID()}`, doi: '10.1136/bmj.l4211', _status: 'draft' },
      context: quiet,
    })
    created.push({ collection: 'reports', id: report.id })
    for (const draft of [true, false]) {
      const response = await restSend(
        'PATCH',
        `/reports/${report.id}${draft ? '?draft=true' : ''}`,
        { doi: 'nonsense' },
        token,
      )
      const stored = await payload.findByID({ collection: 'reports', id: report.id, draft: true })
      // Refused with the field's message, or kept as typed in the draft for the editor to correct.
      if (response.status === 400) expect(response.text).toContain('Enter a DOI')
      else expect(stored.doi, `draft ${draft}`).toBe('nonsense')
      expect(stored.doi, `draft ${draft}`).not.toBeNull()
    }
  })
})

describe('rich text that is not an editor state', () => {
  it('answers 400 and changes nothing, at the top or deep inside', async () => {
    const body: NonNullable<Project['body']> = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Kept as it was.', version: 1 }] },
        ],
        direction: null,
        format: '',
        indent: 0,
        version: 1,
      },
    }
    const title = `Field input rich text ${randomUUID()}`
    const id = await project(title, { body })
    const paragraph = (children: unknown) => ({ root: { ...body.root, children: [{ type: 'paragraph', children }] } })
    for (const value of [
      true,
      12345,
      'text',
      [],
      { root: null },
      { root: { type: 'root', children: 5 } },
      { root: { type: 'root', children: {} } },
      { root: { type: 'paragraph', children: [] } },
      paragraph(5),
      paragraph([null]),
      paragraph([{ text: 'a node without a type' }]),
    ]) {
      const response = await restSend('PATCH', `/projects/${id}`, { body: value }, token)
      expect(response.status, JSON.stringify(value)).toBe(400)
      expect(response.text).toContain(NOT_RICH_TEXT_MESSAGE)
    }
    const stored = await payload.findByID({ collection: 'projects', id, depth: 0 })
    expect(stored.body).toEqual(body)
    // An editor state, and nothing, are taken.
    const edited = paragraph([{ type: 'text', text: 'Edited.', version: 1 }])
    expect((await restSend('PATCH', `/projects/${id}`, { body: edited }, token)).status).toBe(200)
    expect((await restSend('PATCH', `/projects/${id}`, { body: null }, token)).status).toBe(200)
  })
})

describe('values the database cannot hold, sent for a document that exists', () => {
  it('answer 400, not 404, and change nothing', async () => {
    const title = `Field input values ${randomUUID()}`
    const id = await project(title)
    for (const data of [{ _status: 'evil' }, { startDate: '2026-02-30T00:00:00.000Z' }]) {
      const response = await restSend('PATCH', `/projects/${id}`, data, token)
      expect(response.status, JSON.stringify(data)).toBe(400)
    }
    const stored = await payload.findByID({ collection: 'projects', id, depth: 0 })
    expect(stored).toMatchObject({ title, _status: 'published' })
    expect(stored.startDate ?? null).toBeNull()
  })
})

describe('a field hidden by its condition', () => {
  it('still refuses a value its rule refuses, and takes an empty one', async () => {
    const title = `Field input hidden ${randomUUID()}`
    const id = await made('events', {
      title,
      summary: `Summary of ${title}.`,
      startsAt: '2027-03-01T10:00:00.000Z',
      startsAt_tz: 'Europe/London',
      endsAt: '2027-03-01T12:00:00.000Z',
      endsAt_tz: 'Europe/London',
      attendanceMode: 'in-person',
    })
    // The joining link is shown only for events online or hybrid.
    for (const onlineUrl of [
      'javascript:alert(1)',
      'ftp://example.org/join',
      `https://example.org/${'x'.repeat(600)}`,
    ]) {
      const response = await restSend('PATCH', `/events/${id}`, { onlineUrl }, token)
      expect(response.status, onlineUrl.slice(0, 40)).toBe(400)
    }
    const stored = await payload.findByID({ collection: 'events', id, depth: 0 })
    expect(stored.onlineUrl ?? null).toBeNull()
    expect((await restSend('PATCH', `/events/${id}`, { onlineUrl: '' }, token)).status).toBe(200)
    expect((await restSend('PATCH', `/events/${id}`, { onlineUrl: 'https://example.org/join' }, token)).status).toBe(
      200,
    )
  })
})

describe('a page with pages under it', () => {
  it('cannot be deleted until they are moved or deleted', async () => {
    const tag = randomUUID().slice(0, 8)
    const parent = await payload.create({
      collection: 'pages',
      data: { title: `Parent ${tag}`, slug: `parent-${tag}`, _status: 'published' },
      context: quiet,
    })
    const child = await payload.create({
      collection: 'pages',
      data: { title: `Child ${tag}`, slug: `child-${tag}`, parent: parent.id, _status: 'published' },
      context: quiet,
    })
    try {
      const refused = await restSend('DELETE', `/pages/${parent.id}`, undefined, token)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('has a page under it')
      expect(await payload.findByID({ collection: 'pages', id: parent.id, depth: 0 })).toMatchObject({ id: parent.id })
      expect((await restSend('DELETE', `/pages/${child.id}`, undefined, token)).status).toBe(200)
      expect((await restSend('DELETE', `/pages/${parent.id}`, undefined, token)).status).toBe(200)
    } finally {
      for (const { id } of [child, parent]) {
        await payload.delete({ collection: 'pages', id, overrideAccess: true, context: quiet }).catch(() => undefined)
      }
    }
  })
})

describe('a redirect to the address it comes from', () => {
  it('is refused, when made and when changed, and a redirect elsewhere is kept', async () => {
    const from = `/field-input-${randomUUID()}`
    for (const to of [from, `${from}/`, `${from}?page=2`, `${from}#top`]) {
      const response = await restSend('POST', '/redirects', { from, to }, token)
      expect(response.status, to).toBe(400)
      expect(response.text).toContain('cannot send visitors to the address it comes from')
    }
    const made = await restSend('POST', '/redirects', { from, to: '/projects' }, token)
    expect(made.status, made.text).toBe(201)
    const { id } = (made.body as { doc: { id: number } }).doc
    try {
      expect((await restSend('PATCH', `/redirects/${id}`, { to: from }, token)).status).toBe(400)
      expect((await restSend('PATCH', `/redirects/${id}`, { from: '/projects' }, token)).status).toBe(400)
      const stored = await payload.findByID({ collection: 'redirects', id })
      expect(stored).toMatchObject({ from, to: '/projects' })
    } finally {
      await payload.delete({ collection: 'redirects', id, context: quiet })
    }
  })
})

describe('addresses that name nothing answer 404', () => {
  it('the version endpoints of a collection or global without versions', async () => {
    const { id } = await theme()
    for (const [method, path] of [
      ['GET', '/themes/versions'],
      ['GET', `/themes/versions/${id}`],
      ['POST', `/themes/versions/${id}`],
      ['GET', '/globals/site-settings/versions'],
      ['GET', '/globals/site-settings/versions/1'],
      ['POST', '/globals/site-settings/versions/1'],
    ] as const) {
      const response =
        method === 'GET' ? await restGet(path, {}, token) : await restSend(method, path, undefined, token)
      expect(response.status, `${method} ${path}`).toBe(404)
    }
    // A collection with versions keeps them.
    expect((await restGet('/projects/versions', { limit: '1' }, token)).status).toBe(200)
  })
})
