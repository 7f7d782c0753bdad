/** A message the site sends through Payload's email adapter. */
export interface OutgoingEmail {
  to: string
  replyTo?: { name: string; address: string }
  subject: string
  text: string
  headers: Record<string, string>
}
