import { createHash } from 'node:crypto'

import type { OutgoingEmail } from '@/lib/email/outgoingEmail'
import { formatDate, formatTime, ukZoneName } from '@/lib/format/dates'
import type { ContactMessage } from '@/payload-types'

export type { OutgoingEmail }

interface Context {
  siteName: string
  siteUrl: string
  /** Set when a member's message had to go to the team instead (no address on file). */
  onBehalfOf?: string | null
}

const when = (iso: string) => `${formatDate(iso)}, ${formatTime(iso)} ${ukZoneName(iso)}`

/**
 * A Message-ID derived from the message's id: should a worker die between the mail server's
 * acceptance and recording it, the one possible resend carries the same id, which mail systems
 * recognise as a duplicate.
 */
export function contactMessageId(id: number, siteUrl: string, part: 'message' | 'acknowledgement'): string {
  const host = new URL(siteUrl).hostname
  const digest = createHash('sha256').update(`${siteUrl}:${id}:${part}`).digest('hex').slice(0, 16)
  return `<contact-${part}-${id}.${digest}@${host}>`
}

/** The message as the member or the team receives it: the visitor is the Reply-To, never the sender. */
export function composeMessageEmail(message: ContactMessage, to: string, context: Context): OutgoingEmail {
  const lines = [
    `${message.senderName} <${message.senderEmail}> sent this message through the contact form on the ${context.siteName} website.`,
    ...(context.onBehalfOf
      ? ['', `It was addressed to ${context.onBehalfOf}, who has no contact address on file: please pass it on.`]
      : []),
    '',
    `Subject: ${message.subject}`,
    '',
    '----------------------------------------------------------------',
    message.message,
    '----------------------------------------------------------------',
    '',
    `Reply to this email to answer ${message.senderName}: your reply goes to their address, and they will see yours.`,
    `Sent on ${when(message.createdAt)}. Reference: ${message.id}.`,
    '',
    `${context.siteName} · ${context.siteUrl}`,
  ]
  return {
    to,
    replyTo: { name: message.senderName, address: message.senderEmail },
    subject: `Website message: ${message.subject}`,
    text: lines.join('\n'),
    headers: { 'Message-ID': contactMessageId(message.id, context.siteUrl, 'message') },
  }
}

/**
 * The optional acknowledgement to the visitor. It repeats nothing they typed, so the form cannot
 * be used to send someone else text of the sender's choosing.
 */
export function composeAcknowledgementEmail(message: ContactMessage, context: Context): OutgoingEmail {
  return {
    to: message.senderEmail,
    subject: `Your message to the ${context.siteName}`,
    text: [
      'Hello,',
      '',
      `Thank you for getting in touch. Your message to ${message.recipientName} was passed on on ${when(message.sentAt ?? message.createdAt)}.`,
      'If a reply is needed, it will come from their own email address.',
      '',
      'You received this email because someone asked for an acknowledgement when sending a message with this address through our contact form. If that was not you, you can ignore it: we will not write again.',
      '',
      `${context.siteName} · ${context.siteUrl}`,
    ].join('\n'),
    headers: {
      'Message-ID': contactMessageId(message.id, context.siteUrl, 'acknowledgement'),
      'Auto-Submitted': 'auto-replied',
    },
  }
}
