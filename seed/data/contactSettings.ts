import type { ContactSetting } from '@/payload-types'

/** The contact form's settings; the privacy notice is linked by the seed once its page exists. */
export const contactSettings: Omit<ContactSetting, 'id' | 'updatedAt' | 'createdAt' | 'privacyNotice'> = {
  teamName: 'Communications team',
  teamEmail: 'communications@example.org',
  introduction:
    'Write to the network’s communications team, or to a member who accepts messages. For press enquiries, events and anything about this website, choose the communications team.',
  whatHappensNext:
    'Your message is passed on by email to the person you choose. Their reply comes from their own email address, and they will see yours. Members’ addresses are never shown on this site.',
  replyTime:
    'The communications team usually replies within five working days. Members are busy researchers and practitioners: most reply within two weeks, but they cannot answer every message.',
  acknowledgementsEnabled: true,
  retentionDays: 365,
  spamRetentionDays: 30,
}
