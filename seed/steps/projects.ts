import type { PostFixture, ProjectFixture, ReportFixture } from '../data/types'
import { context, upsertBySlug } from '../upsert'
import { published, type SeedContext } from './context'

/** Projects come before the reports and posts that point at them; `linkProjects` adds those links after. */
export async function seedProjects({ payload, refs }: SeedContext, projects: ProjectFixture[]): Promise<void> {
  for (const { themes, lead, team, partners, funders, heroImage, relatedEvents, ...project } of projects) {
    const id = await upsertBySlug(payload, 'projects', {
      ...project,
      ...published,
      themes: refs.many('themes', themes),
      lead: refs.optional('members', lead),
      team: refs.many('members', team),
      partners: refs.many('organisations', partners),
      funders: refs.many('organisations', funders),
      heroImage: refs.optional('media', heroImage),
      relatedEvents: refs.many('events', relatedEvents),
    })
    refs.set('projects', project.slug, id)
  }
}

/** A project's outputs are the reports that name it; its related posts, the posts that relate to it. */
export async function linkProjects(
  { payload, refs }: SeedContext,
  projects: ProjectFixture[],
  reports: ReportFixture[],
  posts: PostFixture[],
): Promise<void> {
  for (const project of projects) {
    const outputs = reports.filter((report) => report.projects?.includes(project.slug))
    const relatedPosts = posts.filter((post) =>
      post.related?.some((item) => item.relationTo === 'projects' && item.slug === project.slug),
    )
    await payload.update({
      collection: 'projects',
      id: refs.get('projects', project.slug),
      data: {
        ...published,
        outputs: outputs.map((report) => refs.get('reports', report.slug)),
        relatedPosts: relatedPosts.map((post) => refs.get('posts', post.slug)),
      },
      depth: 0,
      context,
    })
  }
}
