import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { demoAdmin, pages, siteSettings } from './content'

export class SeedRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SeedRefusedError'
  }
}

export interface SeedOptions {
  /** Create the demo administrator. Never allowed in production. */
  withUsers: boolean
  /** Only seed a database that has no content yet. */
  ifEmpty: boolean
}

export interface SeedResult {
  seeded: boolean
  demoAdmin?: { email: string; password: string }
}

// Seeding runs outside Next.js: there is no page cache to expire.
const context = { disableRevalidate: true }

export async function seedDemoContent(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  if (options.withUsers && process.env.NODE_ENV === 'production') {
    throw new SeedRefusedError(
      'Refusing to create demo accounts with NODE_ENV=production. Create an administrator with npm run create-admin.',
    )
  }
  const result: SeedResult = { seeded: false }

  if (options.withUsers) {
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs === 0) {
      const password = randomBytes(9).toString('base64url')
      await payload.create({
        collection: 'users',
        data: { ...demoAdmin, password, role: 'admin' },
        context,
      })
      result.demoAdmin = { email: demoAdmin.email, password }
    }
  }

  const { totalDocs: pageCount } = await payload.count({ collection: 'pages' })
  if (options.ifEmpty && pageCount > 0) return result

  await payload.updateGlobal({ slug: 'site-settings', data: siteSettings, context })
  for (const page of pages) {
    const existing = await payload.find({ collection: 'pages', where: { slug: { equals: page.slug } }, limit: 1 })
    const [current] = existing.docs
    if (current) {
      await payload.update({ collection: 'pages', id: current.id, data: page, context })
    } else {
      await payload.create({ collection: 'pages', data: page, context })
    }
  }
  result.seeded = true
  return result
}
