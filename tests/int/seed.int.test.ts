import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { seedDemoContent, SeedRefusedError } from '@/seed'

import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('demo seed', () => {
  it('refuses to create demo accounts when NODE_ENV is production, before writing anything', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const before = await payload.count({ collection: 'pages' })
    await expect(seedDemoContent(payload, { withUsers: true, ifEmpty: true })).rejects.toBeInstanceOf(SeedRefusedError)
    expect((await payload.count({ collection: 'pages' })).totalDocs).toBe(before.totalDocs)
  })

  it('fills an empty database with pages and settings that anonymous visitors can read', async () => {
    const result = await seedDemoContent(payload, { withUsers: false, ifEmpty: true })
    expect(result.seeded).toBe(true)
    const home = await payload.find({ collection: 'pages', where: { slug: { equals: 'home' } }, overrideAccess: false })
    expect(home.docs[0]?.title).toMatch(/social prescribing/i)
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.siteName).toBe('Oxford Social Prescribing Research Network')
    expect(settings.navigation?.map((item) => item.label)).toContain('News & Views')
  })

  it('leaves a database that already has content alone when asked to seed only if empty', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Renamed by an editor' },
      context: { disableRevalidate: true },
    })
    const result = await seedDemoContent(payload, { withUsers: false, ifEmpty: true })
    expect(result.seeded).toBe(false)
    expect((await payload.findGlobal({ slug: 'site-settings' })).siteName).toBe('Renamed by an editor')
  })

  it('creates one demo administrator outside production, only while there is no user', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
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
