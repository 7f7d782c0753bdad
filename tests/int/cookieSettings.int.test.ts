import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { trustedConsentId } from '@/lib/consent/consentId'
import { decodeConsent, encodeConsent } from '@/lib/consent/consentState'
import { keepConsentProof } from '@/lib/consent/keepConsentProof'
import { createConsentProofLimiter } from '@/lib/consent/proofLimits'
import { purgeConsentRecords } from '@/lib/consent/purgeConsentRecords'
import { recordConsent } from '@/lib/consent/recordConsent'

import { getTestPayload } from '../helpers/payload'

let payload: Payload
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  payload = await getTestPayload()
})

const category = (purpose: string) => ({
  slug: 'analytics',
  name: 'Statistics',
  necessary: false,
  description: 'Counts visits.',
  services: [
    { slug: 'stats', name: 'Stats', provider: 'Us', purpose, cookies: [{ name: '_st', path: '/', expiry: '1 year' }] },
  ],
})

const revision = async () =>
  (await payload.findGlobal({ slug: 'cookie-settings', depth: 0, overrideAccess: true })).revision ?? 0

describe('optional choices', () => {
  it('are at most four (each one doubles the cached variants of every page), and a refusal keeps what was saved', async () => {
    const service = (slug: string) => ({ slug, name: slug, provider: 'Us', purpose: 'Counts.', cookies: [] })
    const four = { ...category('Counts.'), services: ['a', 'b', 'c'].map(service) }
    const video = { slug: 'video', name: 'Video', necessary: false, description: 'Embeds.', services: [] }
    await payload.updateGlobal({ slug: 'cookie-settings', data: { categories: [four, video] }, context: quiet })
    const saved = await revision()
    await expect(
      payload.updateGlobal({
        slug: 'cookie-settings',
        data: { categories: [{ ...four, services: ['a', 'b', 'c', 'd'].map(service) }, video] },
        context: quiet,
      }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: expect.stringMatching(/at most 4 optional services/) })] },
    })
    expect(await revision()).toBe(saved)
    const stored = await payload.findGlobal({ slug: 'cookie-settings', depth: 0, overrideAccess: true })
    expect(stored.categories?.flatMap((item) => item.services ?? []).map((item) => item.slug)).toEqual(['a', 'b', 'c'])
  })
})

describe('categories', () => {
  it('are at most ten, and a refusal keeps what was saved', async () => {
    await payload.updateGlobal({ slug: 'cookie-settings', data: { categories: [category('Counts.')] }, context: quiet })
    const saved = await revision()
    const necessary = (n: number) => ({
      slug: `needed-${n}`,
      name: `Needed ${n}`,
      necessary: true,
      description: 'Needed.',
    })
    // The categories' own rule (unique slugs, at most four optional choices) once replaced
    // Payload's row limit.
    await expect(
      payload.updateGlobal({
        slug: 'cookie-settings',
        data: { categories: Array.from({ length: 11 }, (_, n) => necessary(n)) },
        context: quiet,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await revision()).toBe(saved)
    const stored = await payload.findGlobal({ slug: 'cookie-settings', depth: 0, overrideAccess: true })
    expect(stored.categories?.map((item) => item.slug)).toEqual(['analytics'])
  })
})

describe('cookie settings revision', () => {
  it('rises when a category or service changes, and only then', async () => {
    await payload.updateGlobal({ slug: 'cookie-settings', data: { categories: [category('Counts.')] }, context: quiet })
    const first = await revision()
    await payload.updateGlobal({ slug: 'cookie-settings', data: { bannerHeading: 'Cookies here' }, context: quiet })
    expect(await revision()).toBe(first)
    await payload.updateGlobal({
      slug: 'cookie-settings',
      data: { categories: [category('Counts more.')] },
      context: quiet,
    })
    expect(await revision()).toBe(first + 1)
  })

  it('cannot be set by hand, even by an administrator', async () => {
    const before = await revision()
    const admin = await payload.create({
      collection: 'users',
      data: {
        email: `cookie-admin-${Date.now()}@example.org`,
        password: 'a-long-test-password',
        name: 'A',
        role: 'admin',
      },
    })
    await payload.updateGlobal({
      slug: 'cookie-settings',
      data: { revision: 99, bannerHeading: 'Changed by an admin' },
      user: { ...admin, collection: 'users' },
      overrideAccess: false,
      context: quiet,
    })
    expect(await revision()).toBe(before)
  })

  it('lets only administrators choose a script to load', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: `cookie-editor-${Date.now()}@example.org`,
        password: 'a-long-test-password',
        name: 'E',
        role: 'editor',
      },
    })
    const withScript = category('Counts with a script.')
    await payload.updateGlobal({
      slug: 'cookie-settings',
      data: {
        categories: [
          { ...withScript, services: [{ ...withScript.services[0]!, scriptUrl: 'https://evil.example/x.js' }] },
        ],
      },
      user: { ...editor, collection: 'users' },
      overrideAccess: false,
      context: quiet,
    })
    const saved = await payload.findGlobal({ slug: 'cookie-settings', depth: 0, overrideAccess: true })
    expect(saved.categories?.[0]?.services?.[0]?.scriptUrl ?? null).toBeNull()
  })

  it('refuses a script address that is not https', async () => {
    const insecure = category('Counts.')
    await expect(
      payload.updateGlobal({
        slug: 'cookie-settings',
        data: {
          categories: [
            { ...insecure, services: [{ ...insecure.services[0]!, scriptUrl: 'http://stats.example.org/s.js' }] },
          ],
        },
        context: quiet,
      }),
    ).rejects.toThrow(/Script to load/)
  })
})

describe('proof of consent', () => {
  it('keeps records without personal data and deletes them after the retention period', async () => {
    await payload.updateGlobal({ slug: 'cookie-settings', data: { proofRetentionDays: 30 }, context: quiet })
    await recordConsent(payload, {
      id: 'old-record-0001',
      method: 'accept',
      revision: 1,
      cat: ['analytics'],
      svc: ['analytics/stats'],
    })
    await recordConsent(payload, { id: 'new-record-0001', method: 'reject', revision: 1, cat: [], svc: [] })
    const pool = (payload.db as unknown as PostgresAdapter).pool
    await pool.query(
      `update consent_records set created_at = now() - interval '31 days' where consent_id = 'old-record-0001'`,
    )

    const result = await purgeConsentRecords(payload)
    expect(result.records).toBeGreaterThanOrEqual(1)
    const left = await payload.find({ collection: 'consent-records', pagination: false, depth: 0 })
    const ids = left.docs.map((doc) => doc.consentId)
    expect(ids).toContain('new-record-0001')
    expect(ids).not.toContain('old-record-0001')
    expect(Object.keys(left.docs[0] ?? {}).sort()).toEqual(
      ['categories', 'consentId', 'createdAt', 'id', 'method', 'revision', 'services', 'updatedAt'].sort(),
    )
  })
})

describe('proof of consent written by visitors', () => {
  const secret = `proof-${Date.now()}`
  const pool = () => (payload.db as unknown as PostgresAdapter).pool
  const recordsFor = async (consentId: string) =>
    (await payload.find({ collection: 'consent-records', where: { consentId: { equals: consentId } }, depth: 0 }))
      .totalDocs

  it('is filed under an id the server issued, whatever id a forged cookie carries', async () => {
    const forgedId = `<img src=x onerror=alert(${Date.now()})>`
    const forged = encodeConsent({ v: 1, id: forgedId, rev: 1, at: new Date().toISOString(), cat: [], svc: [] })
    const { id } = trustedConsentId(decodeConsent(forged), secret)
    const limiter = createConsentProofLimiter(pool(), secret, { perAddress: 10, windowSeconds: 3600 })
    await keepConsentProof(
      payload,
      { id, method: 'reject', revision: 1, cat: [], svc: [] },
      { limiter, address: '198.51.100.80' },
    )
    expect(await recordsFor(forgedId)).toBe(0)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(await recordsFor(id)).toBe(1)
  })

  it('is bounded per client address: beyond the limit no more records are written', async () => {
    const limiter = createConsentProofLimiter(pool(), secret, { perAddress: 3, windowSeconds: 3600 })
    const keep = async (address: string) => {
      const { id } = trustedConsentId(null, secret)
      const kept = await keepConsentProof(
        payload,
        { id, method: 'accept', revision: 1, cat: [], svc: [] },
        { limiter, address },
      )
      return { kept, records: await recordsFor(id) }
    }
    const flood = []
    for (let n = 0; n < 6; n += 1) flood.push(await keep('198.51.100.81'))
    expect(flood.map(({ records }) => records)).toEqual([1, 1, 1, 0, 0, 0])
    expect(flood.map(({ kept }) => kept)).toEqual([true, true, true, false, false, false])
    // Another visitor is not affected; one IPv6 /64 is one address.
    expect(await keep('198.51.100.82')).toEqual({ kept: true, records: 1 })
    for (let n = 0; n < 3; n += 1) await keep(`2001:db8:77:1::${n + 1}`)
    expect(await keep('2001:db8:77:1::ff')).toEqual({ kept: false, records: 0 })
  })
})
