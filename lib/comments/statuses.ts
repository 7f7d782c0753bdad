/**
 * Where a comment is in moderation. Every comment starts `pending` (or `spam`, when the form's
 * defences or the team's rules caught it) and only `approved` ones are ever shown.
 */
export const commentStatuses = [
  { value: 'pending', label: 'Pending' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'spam', label: 'Spam' },
] as const
export type CommentStatus = (typeof commentStatuses)[number]['value']

/** Why a comment went straight to spam (the commenter is told nothing different). */
export const commentSpamReasons = [
  { value: 'honeypot', label: 'Filled in the hidden field' },
  { value: 'too-fast', label: 'Sent too quickly after the form was shown' },
  { value: 'bad-token', label: 'Form token forged' },
  { value: 'replayed-token', label: 'Form already used for another comment' },
  { value: 'links', label: 'Too many links' },
  { value: 'blocklist', label: 'Contains a blocked word' },
  { value: 'site-busy', label: 'The comment form’s hourly limit was reached' },
] as const
export type CommentSpamReason = (typeof commentSpamReasons)[number]['value']
