import type { ReportFixture } from '../data/types'
import { upsertBySlug } from '../upsert'
import { published, type SeedContext } from './context'

export async function seedReports({ payload, refs }: SeedContext, reports: ReportFixture[]): Promise<void> {
  for (const { authors, file, projects, themes, ...report } of reports) {
    const id = await upsertBySlug(payload, 'reports', {
      ...report,
      ...published,
      authors: authors.map((author) => ('member' in author ? { member: refs.get('members', author.member) } : author)),
      file: refs.optional('documents', file),
      projects: refs.many('projects', projects),
      themes: refs.many('themes', themes),
    })
    refs.set('reports', report.slug, id)
  }
}
