import { cookieBannerDefaults } from '@/globals/CookieSettings/defaults'
import type { CookieSetting } from '@/payload-types'

/** The banner and the cookie categories; the policy page is linked by the seed once it exists. */
export const cookieSettings: Omit<CookieSetting, 'id' | 'updatedAt' | 'createdAt' | 'policyPage' | 'revision'> = {
  // The shipped wording: what a new site shows before anyone edits Cookie settings.
  ...cookieBannerDefaults,
  lifetimeDays: 365,
  keepProof: true,
  proofRetentionDays: 730,
  categories: [
    {
      slug: 'necessary',
      name: 'Strictly necessary cookies',
      necessary: true,
      description:
        'Needed for security, network management and accessibility. They are always on and do not track you on other websites.',
      services: [
        {
          slug: 'cookie-choices',
          name: 'Cookie choices',
          provider: 'This website',
          purpose: 'Remembers your cookie choices, so that the banner does not appear on every page.',
          cookies: [
            { name: 'osprn_consent', path: '/', expiry: '12 months' },
            { name: 'osprn_consent_notice', path: '/', expiry: '5 minutes' },
          ],
        },
        {
          slug: 'sign-in',
          name: 'Sign-in (communications team only)',
          provider: 'This website',
          purpose: 'Keeps members of the communications team signed in to the editing area.',
          cookies: [{ name: 'payload-token', path: '/', expiry: 'When you sign out, or after 8 hours' }],
        },
      ],
    },
    {
      slug: 'analytics',
      name: 'Website statistics',
      necessary: false,
      description:
        'Help us understand how the website is used, which pages are read and where visitors get stuck, so that we can improve it.',
      services: [
        {
          slug: 'site-statistics',
          name: 'Website statistics (demo)',
          provider: 'This website (a demo script standing in for a statistics service)',
          purpose: 'Counts page views with a random visitor number. Nothing is shared with anyone else.',
          scriptUrl: '/demo/site-statistics.js',
          cookies: [{ name: 'osprn_stats_demo', path: '/', expiry: '12 months' }],
        },
      ],
    },
  ],
}
