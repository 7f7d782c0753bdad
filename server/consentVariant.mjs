/**
 * Cookie consent as a page variant. Every public page exists in a small, fixed set of variants,
 * one per consent state, each rendered once and served from Next.js's cache. The web server's
 * preload (server/pageVariants.mjs) reads the visitor's consent cookie and Global Privacy Control
 * signal and picks the variant; the `[cv]` segment of app/(frontend) renders it (banner,
 * consented scripts, the preferences form). Shared by both, so it is plain JavaScript that Node
 * loads before Next.js starts and that the app imports like any module.
 *
 * A variant code is one letter for the banner, then, where a choice exists, one hexadecimal digit
 * for the optional choices agreed to (bit i = the i-th choice of the policy). With at most
 * MAX_OPTIONAL_CHOICES choices there are at most 2 + 4 x 16 = 66 codes, whatever any cookie says.
 */
import { parse } from 'cookie'
import { z } from 'zod'

import { boundedMemo } from './boundedMemo.mjs'

/** First-party, set only by POST /consent; strictly necessary. */
export const CONSENT_COOKIE = 'osprn_consent'
/** The confirmation to show once after a choice made without JavaScript. */
export const CONSENT_NOTICE_COOKIE = 'osprn_consent_notice'
/** Optional services (and optional categories without services) a policy may offer. */
export const MAX_OPTIONAL_CHOICES = 4

const DAY_MS = 24 * 60 * 60 * 1000

const storedSchema = z.object({
  v: z.literal(1),
  /** Random id, matching the anonymous proof-of-consent record. */
  id: z.string().min(8).max(64),
  /**
   * The server's signature of `id` (lib/consent/consentId.ts). Checked only by POST /consent, which
   * holds the secret; here, choosing among the bounded page variants, a forged cookie is harmless.
   */
  sig: z.string().max(64).optional(),
  rev: z.number().int().min(0),
  /** When the choice was made (ISO 8601). */
  at: z.iso.datetime(),
  /** Optional categories and services agreed to, by slug. */
  cat: z.array(z.string().max(40)).max(20),
  svc: z.array(z.string().max(81)).max(200),
})

/** @typedef {z.infer<typeof storedSchema>} ConsentChoice */
/** @typedef {'accepted' | 'rejected' | 'saved'} ConsentNotice */

/** @param {ConsentChoice} choice */
export function encodeConsent(choice) {
  return Buffer.from(JSON.stringify(choice)).toString('base64url')
}

/**
 * The stored choice, or null when there is none or it cannot be read (which asks again).
 * @param {string | undefined} value
 * @returns {ConsentChoice | null}
 */
export function decodeConsent(value) {
  if (!value || value.length > 4000) return null
  const known = decoded.get(value)
  if (known !== undefined) return known
  const choice = readConsent(value)
  decoded.set(value, choice)
  return choice
}

/**
 * Cookie values already read: a visitor sends the same one with every request, and validating it
 * is a measurable part of serving a cached page. The results are shared, so they are frozen.
 * Bounded, so values never seen before (forged or not) cost only their own reading.
 * @type {ReturnType<typeof boundedMemo<ConsentChoice | null>>}
 */
const decoded = boundedMemo(1000)

/** @param {string} value @returns {ConsentChoice | null} */
function readConsent(value) {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')))
    if (!parsed.success) return null
    Object.freeze(parsed.data.cat)
    Object.freeze(parsed.data.svc)
    return Object.freeze(parsed.data)
  } catch {
    // Not base64url JSON: treated as no choice at all.
    return null
  }
}

/** @param {unknown} value @returns {ConsentNotice | null} */
export const readNotice = (value) => (value === 'accepted' || value === 'rejected' || value === 'saved' ? value : null)

/**
 * What the server needs to route a request: the policy revision, how long a choice lasts, the
 * optional choices in policy order (`<category>/<service>`, or `<category>` for a category
 * without services), and the script address each choice loads, if any (its page variants'
 * Content-Security-Policy allows that address, server/securityHeaders.mjs).
 * @typedef {{ revision: number, lifetimeDays: number, choices: string[], scripts?: (string | null)[] }} RoutingPolicy
 */

const POLICY_SLOT = Symbol.for('osprn.consentRoutingPolicy')

/**
 * Kept on globalThis: the preload and the app's bundle each load their own copy of this module
 * into the same process.
 * @param {RoutingPolicy} policy
 */
export function publishRoutingPolicy(policy) {
  ;/** @type {Record<symbol, unknown>} */ (globalThis)[POLICY_SLOT] = {
    revision: policy.revision,
    lifetimeDays: policy.lifetimeDays,
    choices: policy.choices.slice(0, MAX_OPTIONAL_CHOICES),
    scripts: (policy.scripts ?? []).slice(0, MAX_OPTIONAL_CHOICES),
  }
}

/** @returns {RoutingPolicy | null} */
export function routingPolicy() {
  return (
    /** @type {RoutingPolicy | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[POLICY_SLOT]) ?? null
  )
}

/** @typedef {'ask' | 'gpc' | 'none' | ConsentNotice} BannerState */
/** @typedef {{ banner: BannerState, mask: number }} Variant */

/** @type {Record<BannerState, string>} */
const LETTERS = { ask: 'q', gpc: 'g', none: 'n', accepted: 'a', rejected: 'r', saved: 's' }
/** @type {Record<string, BannerState>} */
const BANNERS = Object.fromEntries(
  Object.entries(LETTERS).map(([banner, letter]) => [letter, /** @type {BannerState} */ (banner)]),
)
const MASK_LIMIT = 2 ** MAX_OPTIONAL_CHOICES

/** @param {Variant} variant @returns {string} */
export function variantCode({ banner, mask }) {
  if (banner === 'ask' || banner === 'gpc') return LETTERS[banner]
  return LETTERS[banner] + (mask & (MASK_LIMIT - 1)).toString(16)
}

/**
 * The variant a code names, or null for anything else.
 * @param {string} code
 * @returns {Variant | null}
 */
export function parseVariantCode(code) {
  const banner = BANNERS[code.charAt(0)]
  if (!banner) return null
  if (banner === 'ask' || banner === 'gpc') return code.length === 1 ? { banner, mask: 0 } : null
  if (!/^[0-9a-f]$/.test(code.slice(1))) return null
  return { banner, mask: Number.parseInt(code.slice(1), 16) }
}

/** Every code, for tests and for counting the bound. */
export function allVariantCodes() {
  const codes = [variantCode({ banner: 'ask', mask: 0 }), variantCode({ banner: 'gpc', mask: 0 })]
  for (const banner of /** @type {const} */ (['none', 'accepted', 'rejected', 'saved'])) {
    for (let mask = 0; mask < MASK_LIMIT; mask += 1) codes.push(variantCode({ banner, mask }))
  }
  return codes
}

/**
 * The variant for one request. A choice counts only under the current revision and within its
 * lifetime; anything unreadable, stale or unknown asks. Global Privacy Control rejects every
 * optional choice. The notice is shown once after a choice made without JavaScript.
 * @param {RoutingPolicy | null} policy
 * @param {{ cookieHeader?: string | undefined, gpc: boolean, now?: number }} request
 * @returns {Variant}
 */
export function chooseVariant(policy, { cookieHeader, gpc, now = Date.now() }) {
  const cookies = cookieHeader ? parse(cookieHeader) : {}
  const notice = readNotice(cookies[CONSENT_NOTICE_COOKIE])
  if (gpc) return { banner: notice ?? 'gpc', mask: 0 }
  const choice = policy ? decodeConsent(cookies[CONSENT_COOKIE]) : null
  if (
    !policy ||
    !choice ||
    choice.rev !== policy.revision ||
    !(Date.parse(choice.at) + policy.lifetimeDays * DAY_MS >= now)
  ) {
    return { banner: 'ask', mask: 0 }
  }
  let mask = 0
  policy.choices.forEach((key, index) => {
    const agreed = key.includes('/') ? choice.svc.includes(key) : choice.cat.includes(key)
    if (agreed && index < MAX_OPTIONAL_CHOICES) mask |= 1 << index
  })
  return { banner: notice ?? 'none', mask }
}
