import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_PUBLIC_LIMIT, UNSUPPORTED_OPERATORS } from '@/cms/hooks/queryChecks'

import { restGet } from '../helpers/accessRest'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** Whether any field, at any depth, is a point field (the only kind geometry operators apply to). */
function hasPointField(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'point') return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasPointField(tab.fields))
    if (field.type === 'blocks') return field.blocks.some((block) => hasPointField(block.fields))
    return 'fields' in field ? hasPointField(field.fields) : false
  })
}

describe('query operators the database cannot run', () => {
  it('no collection has a point field, so geometry operators never apply', () => {
    for (const collection of payload.config.collections) {
      expect(hasPointField(collection.fields), collection.slug).toBe(false)
    }
  })

  it('answer 400 with a plain message through the REST API, at the top level and nested, instead of a 500', async () => {
    for (const operator of UNSUPPORTED_OPERATORS) {
      for (const [collection, params] of [
        ['posts', { [`where[title][${operator}]`]: '1,2,3' }],
        ['reports', { [`where[or][0][slug][${operator}]`]: 'x' }],
        ['members', { [`where[and][0][or][0][name][${operator}]`]: '1,2' }],
      ] as const) {
        const response = await restGet(`/${collection}`, params)
        expect(response.status, `${collection} ${operator}`).toBe(400)
        expect(response.text, `${collection} ${operator}`).toContain(`The operator \\"${operator}\\" cannot be used`)
      }
    }
  })

  it('refuse them in the Local API too, for counts and bulk changes as well as reads', async () => {
    await expect(payload.find({ collection: 'projects', where: { title: { near: '1,2' } } })).rejects.toMatchObject({
      status: 400,
    })
    await expect(payload.count({ collection: 'events', where: { slug: { all: ['a'] } } })).rejects.toMatchObject({
      status: 400,
    })
    await expect(
      payload.update({ collection: 'themes', where: { name: { within: 'x' } }, data: { name: 'Unchanged' } }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('leave every other operator alone', async () => {
    const response = await restGet('/posts', { 'where[title][like]': 'a', 'where[slug][exists]': 'true' })
    expect(response.status).toBe(200)
  })
})

describe('anonymous lists through the REST API', () => {
  it(`list at most ${MAX_PUBLIC_LIMIT} documents a page, whatever limit or pagination is asked for`, async () => {
    const asks: Record<string, string>[] = [
      { limit: '100000' },
      { limit: '-1' },
      { limit: '0' },
      { limit: 'abc' },
      { pagination: 'false' },
      { pagination: 'false', limit: '0' },
    ]
    for (const params of asks) {
      const response = await restGet('/themes', params)
      expect(response.status, JSON.stringify(params)).toBe(200)
      const body = response.body as { limit: number; docs: unknown[] }
      expect(body.limit, JSON.stringify(params)).toBeGreaterThanOrEqual(1)
      expect(body.limit, JSON.stringify(params)).toBeLessThanOrEqual(MAX_PUBLIC_LIMIT)
      expect(body.docs.length, JSON.stringify(params)).toBeLessThanOrEqual(body.limit)
    }
    const asked = await restGet('/themes', { limit: '5' })
    expect((asked.body as { limit: number }).limit).toBe(5)
  })

  it('leave the site’s own queries and signed-in users unlimited', async () => {
    const local = await payload.find({ collection: 'themes', limit: 1000, overrideAccess: false })
    expect(local.limit).toBe(1000)
    const all = await payload.find({ collection: 'themes', pagination: false, overrideAccess: false })
    expect(all.docs).toHaveLength(all.totalDocs)
  })
})

describe('conditions PostgreSQL cannot answer on rich text, blocks and relationships to several collections', () => {
  it('answer 400 instead of a 500', async () => {
    for (const [collection, params] of [
      ['posts', { 'where[body][like]': 'x' }],
      ['posts', { 'where[body][contains]': 'x' }],
      ['posts', { 'where[or][0][body][like]': 'x' }],
      ['pages', { 'where[layout][exists]': 'true' }],
      ['pages', { 'where[layout.content][like]': 'x' }],
      ['posts', { 'where[related][equals]': '5' }],
      ['posts', { 'where[related][exists]': 'true' }],
      ['events', { 'where[organisers][equals]': 'x' }],
      ['posts', { 'where[related][in][0][relationTo]': 'posts', 'where[related][in][0][value]': '1' }],
    ] as const) {
      const response = await restGet(`/${collection}`, params)
      expect(response.status, `${collection} ${JSON.stringify(params)}`).toBe(400)
      expect(response.text).toContain('cannot be queried')
    }
  })

  it('leave the conditions that work alone', async () => {
    for (const [collection, params] of [
      ['posts', { 'where[related.value][equals]': '5' }],
      ['posts', { 'where[related.relationTo][equals]': 'posts' }],
      ['posts', { 'where[related][equals][relationTo]': 'posts', 'where[related][equals][value]': '1' }],
      ['pages', { 'where[layout.blockType][equals]': 'media' }],
      ['posts', { 'where[themes.name][equals]': 'x' }],
    ] as const) {
      const response = await restGet(`/${collection}`, params)
      expect(response.status, `${collection} ${JSON.stringify(params)}`).toBe(200)
    }
  })
})
