/**
 * Where a contact message is in its life. `sending` is held only while a worker talks to the mail
 * server; a claim older than the lease is taken to belong to a worker that died.
 */
export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'spam'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

/** Why a message was held back instead of delivered (the sender is told nothing different). */
export const spamReasons = [
  { value: 'honeypot', label: 'Filled in the hidden field' },
  { value: 'too-fast', label: 'Sent too quickly after the form was shown' },
  { value: 'bad-token', label: 'Form token missing or forged' },
] as const
export type SpamReason = (typeof spamReasons)[number]['value']
