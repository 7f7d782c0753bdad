import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import type { ProjectStatus } from '@/lib/content/options'
import { type ListingPage, toPage } from '@/lib/listing/page'
import { getPayloadClient } from '@/lib/payload'
import type { Media, Project } from '@/payload-types'

export const PROJECTS_PER_PAGE = 12

export type CardImage = Pick<Media, 'id' | 'alt' | 'decorative' | 'url' | 'width' | 'height' | 'sizes'>

export type ProjectCard = Pick<
  Project,
  'id' | 'title' | 'slug' | 'summary' | 'projectStatus' | 'startDate' | 'endDate'
> & { heroImage?: number | CardImage | null }

export interface ProjectQuery {
  status?: ProjectStatus | null
  themeId?: number | null
  /** 1-based; a page past the last one returns no documents. */
  page?: number
}

export type ProjectResults = ListingPage<ProjectCard>

/** What a card's image needs; `filename` is not rendered, but Payload builds `url` from it. */
export const cardImageFields = {
  alt: true,
  decorative: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: true,
} as const

/**
 * One page of published projects, optionally of one status and one theme, newest first.
 * Takes the Payload client so integration tests can run it outside Next's cache; pages use `getProjects`.
 */
export async function findProjects(
  payload: Payload,
  { status, themeId, page = 1 }: ProjectQuery,
): Promise<ProjectResults> {
  const and: Where[] = [{ _status: { equals: 'published' } }]
  if (status) and.push({ projectStatus: { equals: status } })
  if (themeId !== null && themeId !== undefined) and.push({ themes: { in: [themeId] } })
  const result = await payload.find({
    collection: 'projects',
    where: { and },
    select: {
      title: true,
      slug: true,
      summary: true,
      projectStatus: true,
      startDate: true,
      endDate: true,
      heroImage: true,
    },
    populate: { media: cardImageFields },
    sort: ['-startDate', 'title'],
    depth: 1,
    limit: PROJECTS_PER_PAGE,
    page,
    overrideAccess: false,
  })
  return toPage<ProjectCard>(result, page)
}

/** `findProjects`, cached until a project, image or theme changes. */
export function getProjects({ status = null, themeId = null, page = 1 }: ProjectQuery): Promise<ProjectResults> {
  return unstable_cache(
    async () => findProjects(await getPayloadClient(), { status, themeId, page }),
    ['projects-list', String(status), String(themeId), String(page)],
    {
      tags: [cacheTags.collection('projects'), cacheTags.collection('media'), cacheTags.collection('themes')],
    },
  )()
}
