import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findMemberDirectory, findMemberWork } from '@/lib/queries/members'
import { optionValues, projectStatuses as projectStatusOptions } from '@/lib/content/options'
import { findProjects, PROJECTS_PER_PAGE } from '@/lib/queries/projects'
import { findThemeOptions } from '@/lib/queries/themes'
import type { Member, Project, Theme } from '@/payload-types'
import { seedDemoContent } from '@/seed'

import { type AccessWorld, asSystem, createAccessWorld, createContent, createFixture } from '../helpers/accessFixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let world: AccessWorld

/** The demo seed's projects by status (seed/data/projects.ts). */
const seededByStatus = {
  planned: ['social-prescribing-with-people-seeking-sanctuary', 'measuring-what-matters-towards-a-core-outcome-set'],
  ongoing: ['link-workers-and-loneliness-in-later-life', 'collections-for-wellbeing'],
  completed: ['mapping-local-social-prescribing-services', 'green-social-prescribing-a-rapid-evidence-review'],
} as const

/** Fixtures: drafts that must never be listed, and a theme with more projects than one page holds. */
let tomasz: Member
let neverPublished: Project
let republished: Project
let draftMember: Member
let pagedTheme: Theme
const paged: Project[] = []
/** Text that only exists in drafts. */
const secrets: string[] = []

async function bySlug<C extends 'members' | 'themes' | 'projects'>(collection: C, slug: string) {
  const result = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, ...asSystem })
  const doc = result.docs[0]
  if (!doc) throw new Error(`The demo seed has no ${collection} with slug ${slug}`)
  return doc
}

/** Every project slug a listing shows, across all its pages. */
async function allListed(query: Parameters<typeof findProjects>[1] = {}): Promise<string[]> {
  const first = await findProjects(payload, { ...query, page: 1 })
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, index) =>
      findProjects(payload, { ...query, page: index + 2 }),
    ),
  )
  return [first, ...rest].flatMap((page) => page.docs.map((doc) => doc.slug))
}

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemoContent(payload, { withUsers: false, ifEmpty: true })
  world = await createAccessWorld(payload, 'directory')
  tomasz = (await bySlug('members', 'tomasz-wierzbicki')) as Member
  const green = (await bySlug('themes', 'green-space-and-nature')) as Theme

  neverPublished = await createContent(world, 'projects', 'Secret never-published project', 'draft', {
    projectStatus: 'completed',
    themes: [green.id],
    lead: tomasz.id,
  })
  republished = await createContent(world, 'projects', 'Listed completed project', 'published', {
    projectStatus: 'completed',
  })
  const newerTitle = world.name('Secret newer draft title')
  await payload.update({
    collection: 'projects',
    id: republished.id,
    draft: true,
    data: { title: newerTitle },
    ...asSystem,
  })
  draftMember = await createContent(world, 'members', 'Secretdraftmember', 'draft', { networkRole: 'lead' })
  const draftReport = await createContent(world, 'reports', 'Secret draft report', 'draft', {
    authors: [{ member: tomasz.id }],
  })
  const draftPost = await createContent(world, 'posts', 'Secret draft post', 'draft', { authors: [tomasz.id] })
  secrets.push(neverPublished.title, newerTitle, draftMember.familyName, draftReport.title, draftPost.title)

  pagedTheme = await createFixture(world, 'themes', { name: world.name('Paging'), slug: `paging-${world.tag}` })
  for (let index = 0; index < PROJECTS_PER_PAGE + 2; index += 1) {
    paged.push(
      await createContent(world, 'projects', `Paged project ${String(index).padStart(2, '0')}`, 'published', {
        projectStatus: 'planned',
        themes: [pagedTheme.id],
      }),
    )
  }
})

afterAll(async () => {
  await world?.cleanup()
})

const projectStatuses = optionValues(projectStatusOptions)

describe('projects listing', () => {
  it('shows only projects of the chosen status, including every published one of the seed', async () => {
    for (const status of projectStatuses) {
      const result = await findProjects(payload, { status })
      expect(result.docs.length, status).toBeGreaterThan(0)
      expect(result.docs.every((doc) => doc.projectStatus === status)).toBe(true)
      const listed = await allListed({ status })
      expect(listed).toEqual(expect.arrayContaining([...seededByStatus[status]]))
      const others: string[] = projectStatuses
        .filter((other) => other !== status)
        .flatMap((other) => seededByStatus[other])
      expect(listed.filter((slug) => others.includes(slug))).toEqual([])
    }
  })

  it('filters by theme, alone and together with a status', async () => {
    const green = (await bySlug('themes', 'green-space-and-nature')) as Theme
    const greenOnly = await findProjects(payload, { themeId: green.id })
    expect(greenOnly.docs.map((doc) => doc.slug)).toEqual(['green-social-prescribing-a-rapid-evidence-review'])
    expect(greenOnly.totalDocs).toBe(1)

    const arts = (await bySlug('themes', 'arts-culture-and-heritage')) as Theme
    const artsProjects = await findProjects(payload, { themeId: arts.id })
    expect(artsProjects.docs.map((doc) => doc.slug).sort()).toEqual(
      ['collections-for-wellbeing', 'social-prescribing-with-people-seeking-sanctuary'].sort(),
    )
    const ongoingArts = await findProjects(payload, { themeId: arts.id, status: 'ongoing' })
    expect(ongoingArts.docs.map((doc) => doc.slug)).toEqual(['collections-for-wellbeing'])
    expect((await findProjects(payload, { themeId: green.id, status: 'planned' })).docs).toEqual([])
  })

  it('pages through results twelve at a time, newest first, without gaps or repeats', async () => {
    const first = await findProjects(payload, { themeId: pagedTheme.id, page: 1 })
    const second = await findProjects(payload, { themeId: pagedTheme.id, page: 2 })
    expect(first.docs).toHaveLength(PROJECTS_PER_PAGE)
    expect(second.docs).toHaveLength(2)
    expect(first.totalDocs).toBe(PROJECTS_PER_PAGE + 2)
    expect(first.totalPages).toBe(2)
    const slugs = [...first.docs, ...second.docs].map((doc) => doc.slug)
    expect(new Set(slugs)).toEqual(new Set(paged.map((project) => project.slug)))
    expect((await findProjects(payload, { themeId: pagedTheme.id, page: 3 })).docs).toEqual([])

    const completed = await allListed({ status: 'completed' })
    expect(completed.filter((slug) => seededByStatus.completed.some((seeded) => seeded === slug))).toEqual([
      'green-social-prescribing-a-rapid-evidence-review',
      'mapping-local-social-prescribing-services',
    ])
  })

  it('gives each card its image, dates and summary, and never lists a draft', async () => {
    const { docs } = await findProjects(payload, { status: 'completed' })
    const review = docs.find((doc) => doc.slug === 'green-social-prescribing-a-rapid-evidence-review')
    expect(review?.summary).toMatch(/rapid review/)
    expect(review?.startDate && review.endDate && review.startDate < review.endDate).toBe(true)
    expect(typeof review?.heroImage === 'object' && review.heroImage?.url).toMatch(/\.webp$/)
    expect(typeof review?.heroImage === 'object' && review.heroImage?.alt).toMatch(/hills/)

    const listed = await allListed()
    expect(listed).toContain(republished.slug)
    expect(listed).not.toContain(neverPublished.slug)
    const shown = JSON.stringify([await findProjects(payload, { status: 'completed' }), await allListed()])
    expect(shown).toContain(republished.title)
    for (const secret of secrets) expect(shown).not.toContain(secret)
  })

  it('offers every theme as a filter, by name', async () => {
    const options = await findThemeOptions(payload)
    const names = options.map((option) => option.name)
    expect(names).toEqual(expect.arrayContaining(['Green space and nature', 'Evaluation methods']))
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  })
})

describe('members directory and profiles', () => {
  it('lists every published member with role, photo and affiliations, and no drafts', async () => {
    const directory = await findMemberDirectory(payload)
    const slugs = directory.map((member) => member.slug)
    expect(slugs).toEqual(expect.arrayContaining(['kamal-r-mahtani', 'lucy-shaw', 'miriam-okafor-hale']))
    expect(slugs).not.toContain(draftMember.slug)
    expect(new Set(directory.map((member) => member.networkRole))).toEqual(
      new Set(['lead', 'steering-group', 'member', 'public-contributor']),
    )
    const miriam = directory.find((member) => member.slug === 'miriam-okafor-hale')
    expect(miriam).toMatchObject({ name: 'Miriam Okafor-Hale', postNominals: 'DPhil, MRCGP', isDemo: true })
    expect(typeof miriam?.photo === 'object' && miriam.photo?.alt).toMatch(/portrait/i)
    const affiliations = (miriam?.affiliations ?? []).map((org) => (typeof org === 'object' ? org.name : org))
    expect(affiliations).toContain('University of Oxford')
    expect(directory.find((member) => member.slug === 'lucy-shaw')?.isDemo).toBe(false)
    const familyNames = directory.map((member) => member.familyName)
    expect(familyNames).toEqual([...familyNames].sort((a, b) => a.localeCompare(b)))
  })

  it("finds a member's published projects (led or on the team), reports and posts, newest first", async () => {
    const work = await findMemberWork(payload, tomasz.id)
    expect(work.projects.map((project) => project.slug).sort()).toEqual(
      [
        'green-social-prescribing-a-rapid-evidence-review',
        'measuring-what-matters-towards-a-core-outcome-set',
        'link-workers-and-loneliness-in-later-life',
        'collections-for-wellbeing',
      ].sort(),
    )
    const led = work.projects.filter((project) => project.lead === tomasz.id).map((project) => project.slug)
    expect(led.sort()).toEqual(
      ['green-social-prescribing-a-rapid-evidence-review', 'measuring-what-matters-towards-a-core-outcome-set'].sort(),
    )
    expect(work.reports.map((report) => report.slug)).toEqual([
      'link-workers-and-loneliness-interim-report',
      'collections-for-wellbeing-protocol-for-a-realist-evaluation',
      'green-social-prescribing-a-rapid-evidence-review',
      'social-prescribing-in-primary-care-a-briefing-for-policymakers',
    ])
    expect(work.posts.map((post) => post.slug)).toEqual(['counting-what-counts-choosing-outcome-measures'])
    const shown = JSON.stringify(work)
    for (const secret of secrets) expect(shown).not.toContain(secret)

    const lucy = (await bySlug('members', 'lucy-shaw')) as Member
    expect(await findMemberWork(payload, lucy.id)).toEqual({ projects: [], reports: [], posts: [] })
  })

  it('never returns an email address or anything from member contacts', async () => {
    const contacts = await payload.find({ collection: 'member-contacts', pagination: false, depth: 0, ...asSystem })
    const addresses = contacts.docs.map((contact) => contact.email)
    expect(addresses.length).toBeGreaterThan(2)

    const members = await findMemberDirectory(payload)
    const results = [members, ...(await Promise.all(members.map((member) => findMemberWork(payload, member.id))))]
    const json = JSON.stringify(results)
    expect(json).not.toMatch(/[\w.+-]+@[\w-]+(\.[\w-]+)+/)
    for (const address of addresses) expect(json).not.toContain(address)
    expect(json).not.toMatch(/"(email|notes|updatedBy|member-contacts)"/)
    expect(json).not.toContain('Demo address on example.org')
  })
})
