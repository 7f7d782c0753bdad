/**
 * Where a contact message is in its life. `sending` is held only while a worker talks to the mail
 * server; a claim older than the lease is taken to belong to a worker that died. `held` is a
 * genuine-looking message over a capacity limit: stored, not mailed, until the team releases it.
 */
export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'spam', 'held'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

/** Why a message was held as spam (the sender is told nothing different). */
export const spamReasons = [
  { value: 'honeypot', label: 'Filled in the hidden field' },
  { value: 'too-fast', label: 'Sent too quickly after the form was shown' },
  { value: 'bad-token', label: 'Form token missing or forged' },
  { value: 'replayed-token', label: 'Form already used for another message' },
] as const
export type SpamReason = (typeof spamReasons)[number]['value']

/**
 * Why a genuine-looking message was held for review instead of mailed. The sender is told it will
 * be passed on after a check; nobody else's message is refused because of it.
 */
export const holdReasons = [
  { value: 'sender-repeated', label: 'Several messages from one sender to this recipient within an hour' },
  { value: 'recipient-busy', label: 'This recipient’s hourly limit was reached' },
  { value: 'site-busy', label: 'The contact form’s hourly limit was reached' },
] as const
export type HoldReason = (typeof holdReasons)[number]['value']
