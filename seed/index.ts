import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { isProduction } from '@/lib/env'

import { commentSettings } from './data/commentSettings'
import { contactSettings } from './data/contactSettings'
import { cookieSettings } from './data/cookieSettings'
import { events } from './data/events'
import { pages } from './data/pages'
import { posts } from './data/posts'
import { projects } from './data/projects'
import { reports } from './data/reports'
import { siteSettings } from './data/siteSettings'
import { demoAdmin } from './data/users'
import { Refs } from './refs'
import type { SeedContext } from './steps/context'
import { seedComments } from './steps/comments'
import { seedEvents } from './steps/events'
import { seedFiles } from './steps/files'
import { seedInbox } from './steps/inbox'
import { seedMembers } from './steps/members'
import { seedPages } from './steps/pages'
import { seedPosts } from './steps/posts'
import { linkProjects, seedProjects } from './steps/projects'
import { seedReports } from './steps/reports'
import { seedTaxonomy } from './steps/taxonomy'
import { context } from './upsert'

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

/**
 * The demo content a newcomer sees on first run (see seed/data). Every document is matched by slug
 * (files by name), so seeding again refreshes the demo content rather than duplicating it.
 */
export async function seedDemoContent(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  if (options.withUsers && isProduction()) {
    throw new SeedRefusedError(
      'Refusing to create demo accounts with NODE_ENV=production. Create an administrator with npm run create-admin.',
    )
  }
  const result: SeedResult = { seeded: false }

  if (options.withUsers) {
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs === 0) {
      // 24 random characters: well past the password policy (lib/auth/passwordPolicy.ts).
      const password = randomBytes(18).toString('base64url')
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

  await seedContent({ payload, refs: new Refs(), now: new Date() })
  result.seeded = true
  return result
}

/**
 * In dependency order. Pages come last: "is the database empty?" is answered by counting pages,
 * so a seed that failed half-way is simply run again on the next start.
 */
async function seedContent(ctx: SeedContext): Promise<void> {
  const eventList = events(ctx.now)
  const projectList = projects(ctx.now)
  const reportList = reports(ctx.now)
  const postList = posts(ctx.now)

  await seedTaxonomy(ctx)
  await seedFiles(ctx)
  await seedMembers(ctx)
  await seedEvents(ctx, eventList)
  await seedProjects(ctx, projectList)
  await seedReports(ctx, reportList)
  await seedPosts(ctx, postList)
  await linkProjects(ctx, projectList, reportList, postList)
  await seedInbox(ctx)
  await seedComments(ctx)
  await seedPages(ctx, pages)
  await ctx.payload.updateGlobal({ slug: 'site-settings', data: siteSettings, context })
  await ctx.payload.updateGlobal({
    slug: 'contact-settings',
    data: { ...contactSettings, privacyNotice: ctx.refs.get('pages', 'privacy') },
    context,
  })
  await ctx.payload.updateGlobal({
    slug: 'comment-settings',
    data: { ...commentSettings, guidelines: ctx.refs.get('pages', 'comment-guidelines') },
    context,
  })
  await ctx.payload.updateGlobal({
    slug: 'cookie-settings',
    data: { ...cookieSettings, policyPage: ctx.refs.get('pages', 'cookies') },
    context,
  })
}
