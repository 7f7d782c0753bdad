import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { ContactSetting, Member, Page } from '@/payload-types'

/** The communications team's key in the recipient list; members are `member:<slug>`. */
export const TEAM_RECIPIENT = 'team'

export interface ContactRecipient {
  key: string
  kind: 'team' | 'member'
  /** What the list shows and the message records. */
  name: string
  memberId?: number
  /** For members: their role or job, to tell people with similar names apart. */
  description?: string | null
}

export type PublicContactSettings = Pick<
  ContactSetting,
  'teamName' | 'introduction' | 'whatHappensNext' | 'replyTime' | 'acknowledgementsEnabled'
> & { privacyNotice: Pick<Page, 'id' | 'title' | 'breadcrumbs' | 'slug'> | null }

const MAX_RECIPIENTS = 5000

/**
 * What the contact page shows: its texts and the privacy notice link. Read as a visitor, so the
 * team's delivery address and the retention periods (team-only fields) never reach it.
 */
export async function findContactSettings(payload: Payload): Promise<PublicContactSettings> {
  const settings = await payload.findGlobal({
    slug: 'contact-settings',
    depth: 1,
    select: {
      teamName: true,
      introduction: true,
      whatHappensNext: true,
      replyTime: true,
      acknowledgementsEnabled: true,
      privacyNotice: true,
    },
    populate: { pages: { title: true, slug: true, breadcrumbs: true } },
    overrideAccess: false,
  })
  const notice = typeof settings.privacyNotice === 'object' ? settings.privacyNotice : null
  return { ...settings, privacyNotice: notice } as PublicContactSettings
}

export const getContactSettings = unstable_cache(
  async () => findContactSettings(await getPayloadClient()),
  ['contact-settings'],
  { tags: [cacheTags.global('contact-settings'), cacheTags.collection('pages')] },
)

/** The team first, then every published member who accepts messages, by family name. */
export async function findContactRecipients(payload: Payload): Promise<ContactRecipient[]> {
  const [settings, members] = await Promise.all([
    findContactSettings(payload),
    payload.find({
      collection: 'members',
      where: { and: [{ _status: { equals: 'published' } }, { acceptsMessages: { equals: true } }] },
      select: { name: true, slug: true, jobTitle: true },
      sort: ['familyName', 'givenName'],
      depth: 0,
      limit: MAX_RECIPIENTS,
      pagination: false,
      overrideAccess: false,
    }),
  ])
  const team: ContactRecipient = { key: TEAM_RECIPIENT, kind: 'team', name: settings.teamName }
  return [
    team,
    ...(members.docs as Pick<Member, 'id' | 'name' | 'slug' | 'jobTitle'>[])
      .filter((member) => member.slug && member.name)
      .map((member) => ({
        key: `member:${member.slug as string}`,
        kind: 'member' as const,
        name: member.name as string,
        memberId: member.id,
        description: member.jobTitle,
      })),
  ]
}

export const getContactRecipients = unstable_cache(
  async () => findContactRecipients(await getPayloadClient()),
  ['contact-recipients'],
  { tags: [cacheTags.global('contact-settings'), cacheTags.collection('members')] },
)
