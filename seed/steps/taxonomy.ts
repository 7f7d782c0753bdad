import { organisations } from '../data/organisations'
import { themes } from '../data/themes'
import { upsertBySlug } from '../upsert'
import type { SeedContext } from './context'

export async function seedTaxonomy({ payload, refs }: SeedContext): Promise<void> {
  for (const theme of themes) {
    refs.set('themes', theme.slug, await upsertBySlug(payload, 'themes', theme))
  }
  for (const organisation of organisations) {
    refs.set('organisations', organisation.slug, await upsertBySlug(payload, 'organisations', organisation))
  }
}
