import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Member, Organisation, Post, Project, Report } from '@/payload-types'

import { cardImageFields, type CardImage } from './projects'

/*
 * Members' email addresses live in the separate, admin-only `member-contacts` collection. Every
 * query here still selects its fields explicitly, so nothing added to members later (a join to
 * contacts, who last changed a profile) can reach a page without someone choosing to show it.
 */

const MAX_MEMBERS = 500
const MAX_RELATED = 100

export type DirectoryMember = Pick<
  Member,
  'id' | 'name' | 'givenName' | 'familyName' | 'slug' | 'postNominals' | 'networkRole' | 'jobTitle' | 'isDemo'
> & {
  photo?: number | CardImage | null
  affiliations?: (number | Pick<Organisation, 'id' | 'name'>)[] | null
}

export type MemberProject = Pick<Project, 'id' | 'title' | 'slug' | 'projectStatus' | 'startDate' | 'endDate'> & {
  /** The lead's id (not populated): tells a lead from a team member. */
  lead?: number | null
}
export type MemberReport = Pick<Report, 'id' | 'title' | 'slug' | 'reportType' | 'publishedOn'>
export type MemberPost = Pick<Post, 'id' | 'kind' | 'title' | 'slug' | 'publishedAt'>

export interface MemberWork {
  projects: MemberProject[]
  reports: MemberReport[]
  posts: MemberPost[]
}

/** Every published member by family name, with what a directory card shows. */
export async function findMemberDirectory(payload: Payload): Promise<DirectoryMember[]> {
  const result = await payload.find({
    collection: 'members',
    where: { _status: { equals: 'published' } },
    select: {
      name: true,
      givenName: true,
      familyName: true,
      slug: true,
      postNominals: true,
      networkRole: true,
      jobTitle: true,
      isDemo: true,
      photo: true,
      affiliations: true,
    },
    populate: { media: cardImageFields, organisations: { name: true } },
    sort: ['familyName', 'givenName'],
    depth: 1,
    limit: MAX_MEMBERS,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs as DirectoryMember[]
}

export const getMemberDirectory = unstable_cache(
  async () => findMemberDirectory(await getPayloadClient()),
  ['member-directory'],
  {
    tags: [cacheTags.collection('members'), cacheTags.collection('organisations'), cacheTags.collection('media')],
  },
)

/**
 * A member's published work: projects they lead or work on (newest first), reports that list
 * them as an author and posts they wrote (both newest first).
 */
export async function findMemberWork(payload: Payload, memberId: number): Promise<MemberWork> {
  const common = { depth: 0, limit: MAX_RELATED, pagination: false, overrideAccess: false } as const
  const [projects, reports, posts] = await Promise.all([
    payload.find({
      collection: 'projects',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { or: [{ lead: { equals: memberId } }, { team: { in: [memberId] } }] },
        ],
      },
      select: { title: true, slug: true, projectStatus: true, startDate: true, endDate: true, lead: true },
      sort: ['-startDate', 'title'],
      ...common,
    }),
    payload.find({
      collection: 'reports',
      where: { and: [{ _status: { equals: 'published' } }, { 'authors.member': { equals: memberId } }] },
      select: { title: true, slug: true, reportType: true, publishedOn: true },
      sort: '-publishedOn',
      ...common,
    }),
    payload.find({
      collection: 'posts',
      where: { and: [{ _status: { equals: 'published' } }, { authors: { in: [memberId] } }] },
      select: { kind: true, title: true, slug: true, publishedAt: true },
      sort: '-publishedAt',
      ...common,
    }),
  ])
  return {
    projects: projects.docs as MemberProject[],
    reports: reports.docs as MemberReport[],
    posts: posts.docs as MemberPost[],
  }
}

/** `findMemberWork`, cached until a project, report or post changes. */
export function getMemberWork(memberId: number): Promise<MemberWork> {
  return unstable_cache(
    async () => findMemberWork(await getPayloadClient(), memberId),
    ['member-work', String(memberId)],
    {
      tags: [cacheTags.collection('projects'), cacheTags.collection('reports'), cacheTags.collection('posts')],
    },
  )()
}
