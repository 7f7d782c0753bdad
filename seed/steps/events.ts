import type { EventFixture } from '../data/types'
import { upsertBySlug } from '../upsert'
import { published, type SeedContext } from './context'

const zone = 'Europe/London' as const

export async function seedEvents({ payload, refs }: SeedContext, events: EventFixture[]): Promise<void> {
  for (const { organisers, speakers, materials, themes, ...event } of events) {
    const id = await upsertBySlug(payload, 'events', {
      ...event,
      ...published,
      startsAt_tz: zone,
      endsAt_tz: zone,
      organisers: organisers?.map((organiser) =>
        'member' in organiser
          ? { relationTo: 'members' as const, value: refs.get('members', organiser.member) }
          : { relationTo: 'organisations' as const, value: refs.get('organisations', organiser.organisation) },
      ),
      speakers: speakers?.map((speaker) =>
        'member' in speaker ? { member: refs.get('members', speaker.member) } : speaker,
      ),
      materials: materials?.map(({ document, ...material }) => ({
        ...material,
        document: refs.optional('documents', document),
      })),
      themes: refs.many('themes', themes),
    })
    refs.set('events', event.slug, id)
  }
}
