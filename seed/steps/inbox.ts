import { contactMessages } from '../data/contactMessages'
import { context } from '../upsert'
import type { SeedContext } from './context'

const DAY_MS = 24 * 60 * 60 * 1000

/** Demo messages in the contact inbox, matched by subject so seeding again does not repeat them. */
export async function seedInbox({ payload, refs, now }: SeedContext): Promise<void> {
  for (const { member, daysAgo, ...message } of contactMessages) {
    const existing = await payload.count({
      collection: 'contact-messages',
      where: { subject: { equals: message.subject } },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    const arrived = new Date(now.getTime() - daysAgo * DAY_MS).toISOString()
    await payload.create({
      collection: 'contact-messages',
      data: {
        ...message,
        member: member ? refs.get('members', member) : null,
        privacyNoticeAcknowledgedAt: arrived,
        lastAttemptAt: message.attempts ? arrived : null,
        sentAt: message.status === 'sent' ? arrived : null,
        acknowledgementSentAt: message.acknowledgementRequested ? arrived : null,
        createdAt: arrived,
      },
      overrideAccess: true,
      context,
    })
  }
}
