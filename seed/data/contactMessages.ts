import type { ContactMessage } from '@/payload-types'

export type ContactMessageFixture = Omit<
  ContactMessage,
  'id' | 'createdAt' | 'updatedAt' | 'member' | 'privacyNoticeAcknowledgedAt'
> & {
  /** A member's slug, for messages to a member. */
  member?: string
  /** How long ago it arrived. */
  daysAgo: number
}

/**
 * A few messages in the inbox, so the communications team sees each state on first run. None is
 * queued: seeding never sends mail. Senders are fictional, on example.net.
 */
export const contactMessages: ContactMessageFixture[] = [
  {
    status: 'sent',
    recipientKind: 'member',
    member: 'lucy-shaw',
    recipientName: 'Lucy Shaw',
    senderName: 'Sam Demo-Visitor',
    senderEmail: 'sam.demo-visitor@example.net',
    subject: 'Museum visits for a walking group (demo message)',
    message:
      'Hello, I run a walking group for older people in Headington. Could we join one of the museum wellbeing sessions?\n\nThis is a demo message.',
    attempts: 1,
    handled: true,
    notes: 'Passed to the GLAM wellbeing team.',
    acknowledgementRequested: true,
    daysAgo: 9,
  },
  {
    status: 'failed',
    recipientKind: 'team',
    recipientName: 'Communications team',
    senderName: 'Jo Demo-Linkworker',
    senderEmail: 'jo.demo-linkworker@example.net',
    subject: 'Speaking at a link worker network meeting (demo message)',
    message:
      'Would someone from the network speak at our next link worker meeting in March?\n\nThis is a demo message: it shows how a delivery that failed looks. "Send again" delivers it.',
    attempts: 10,
    lastError: 'connect ECONNREFUSED 127.0.0.1:587 (demo: the mail server did not answer)',
    handled: false,
    acknowledgementRequested: false,
    daysAgo: 2,
  },
  {
    status: 'spam',
    spamReason: 'honeypot',
    recipientKind: 'team',
    recipientName: 'Communications team',
    senderName: 'Best Offers',
    senderEmail: 'offers@example.net',
    subject: 'Grow your website traffic today (demo spam)',
    message: 'Cheap search engine optimisation for your website. This is a demo of a message held as spam.',
    attempts: 0,
    handled: false,
    acknowledgementRequested: false,
    daysAgo: 1,
  },
]
