import type { Payload } from 'payload'

import { members } from '../data/members'
import { context, upsertBySlug } from '../upsert'
import { published, type SeedContext } from './context'

/** Public profiles, then the private addresses of those who accept messages. */
export async function seedMembers({ payload, refs }: SeedContext): Promise<void> {
  for (const { affiliations, photo, contactEmail, ...member } of members) {
    const id = await upsertBySlug(payload, 'members', {
      ...member,
      ...published,
      affiliations: refs.many('organisations', affiliations),
      photo: refs.optional('media', photo),
      acceptsMessages: Boolean(contactEmail),
      isDemo: member.isDemo ?? false,
    })
    refs.set('members', member.slug, id)
    if (contactEmail) await saveContact(payload, id, contactEmail)
  }
}

async function saveContact(payload: Payload, member: number, email: string): Promise<void> {
  const data = { member, email, notes: 'Demo address on example.org: replace it with the real one.' }
  const existing = await payload.find({
    collection: 'member-contacts',
    where: { member: { equals: member } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const current = existing.docs[0]
  if (current) await payload.update({ collection: 'member-contacts', id: current.id, data, context })
  else await payload.create({ collection: 'member-contacts', data, context })
}
