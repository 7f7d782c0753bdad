import { z } from 'zod'

/** First-party, set only by the server (app/(frontend)/consent/route.ts); strictly necessary. */
export const CONSENT_COOKIE = 'osprn_consent'
/** The confirmation to show once after a choice made without JavaScript. */
export const CONSENT_NOTICE_COOKIE = 'osprn_consent_notice'

export type ConsentNotice = 'accepted' | 'rejected' | 'saved'

const storedSchema = z.object({
  v: z.literal(1),
  /** Random id, matching the anonymous proof-of-consent record. */
  id: z.string().min(8).max(64),
  rev: z.number().int().min(0),
  /** When the choice was made (ISO 8601). */
  at: z.iso.datetime(),
  /** Optional categories and services agreed to, by slug. */
  cat: z.array(z.string().max(40)).max(20),
  svc: z.array(z.string().max(81)).max(200),
})

export type ConsentChoice = z.infer<typeof storedSchema>

export function encodeConsent(choice: ConsentChoice): string {
  return Buffer.from(JSON.stringify(choice)).toString('base64url')
}

/** The stored choice, or null when there is none or it cannot be read (which asks again). */
export function decodeConsent(value: string | undefined): ConsentChoice | null {
  if (!value || value.length > 4000) return null
  try {
    const parsed = storedSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    // Not base64url JSON: treated as no choice at all.
    return null
  }
}
