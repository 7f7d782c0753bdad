/**
 * The consent cookie. Its codec lives with the server preload, which reads the same cookie to
 * choose the page variant (server/consentVariant.mjs).
 */
export {
  CONSENT_COOKIE,
  CONSENT_NOTICE_COOKIE,
  decodeConsent,
  encodeConsent,
  readNotice,
  type ConsentChoice,
  type ConsentNotice,
} from '@/server/consentVariant.mjs'
