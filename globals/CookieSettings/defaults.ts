/**
 * The cookie banner's shipped wording, in one place: the Cookie settings fields' defaults (which
 * Payload also writes into the SQL schema as column defaults), the demo seed, and the few phrases
 * of the banner that are not editable in the CMS. A leaf module of plain values, so the banner
 * component may import it (eslint.config.mjs). Changing a field default needs a migration
 * (`npm run migrate:create`), or tests/int/migrations.int.test.ts fails.
 */
export const cookieBannerDefaults = {
  bannerHeading: 'Cookies on this website',
  bannerText:
    'We use some essential cookies to make this website work. We would also like to use optional cookies to understand how the site is used, so that we can improve it.',
  acceptLabel: 'Accept all cookies',
  rejectLabel: 'Reject non-essential cookies',
  moreLabel: 'Find out more about cookies',
  acceptedMessage: 'You have accepted all cookies.',
  rejectedMessage: 'You have rejected non-essential cookies.',
  savedMessage: 'Your cookie settings were saved.',
} as const

/** Fixed phrases of the confirmation; the link text sits between `before` and `after`. */
export const cookieBannerPhrases = {
  changeSettings: { before: 'You can', link: 'change your cookie settings', after: 'at any time.' },
  hideLabel: 'Hide cookie message',
} as const
