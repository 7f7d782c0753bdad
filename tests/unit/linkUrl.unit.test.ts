import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { isSafeLinkUrl, LINK_URL_MESSAGE, safeHref, validateLinkUrl } from '@/lib/validation/linkUrl'

const site = 'https://osprn.example/'
const allowedProtocols = ['http:', 'https:', 'mailto:', 'tel:']

/** "javascript:" written the ways browsers still understand: any case, with tabs/newlines/leading spaces. */
const disguisedScheme = (scheme: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: scheme.length, maxLength: scheme.length }),
      fc.array(fc.constantFrom('', '\t', '\n', '\r'), { minLength: scheme.length, maxLength: scheme.length }),
      fc.constantFrom('', ' ', '\u0001', '\u00a0'),
    )
    .map(
      ([upper, gaps, lead]) =>
        lead + [...scheme].map((char, i) => (upper[i] ? char.toUpperCase() : char) + (gaps[i] ?? '')).join('') + ':',
    )

describe('link addresses', () => {
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    'https://www.nhs.uk/conditions/',
    'mailto:team@osprn.example',
    'mailto:team@osprn.example?subject=Hello',
    'tel:+441865000000',
    '/about',
    '/projects/social-prescribing?theme=a#methods',
    '#methods',
  ])('accepts %s', (value) => {
    expect(isSafeLinkUrl(value)).toBe(true)
    expect(validateLinkUrl(value)).toBe(true)
    expect(safeHref(value)).toBe(value)
  })

  it.each([
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/path',
    '/\\evil.example',
    'https:evil.example',
    'https://',
    'www.example.org',
    'example.org',
    'about:blank',
    'blob:https://osprn.example/x',
    '?page=2',
  ])('refuses %j with a message that says what is allowed', (value) => {
    expect(isSafeLinkUrl(value)).toBe(false)
    expect(validateLinkUrl(value)).toBe(LINK_URL_MESSAGE)
    expect(safeHref(value)).toBeUndefined()
  })

  it('leaves empty values to the required rule', () => {
    expect(validateLinkUrl('')).toBe(true)
    expect(validateLinkUrl(null)).toBe(true)
    expect(safeHref(null)).toBeUndefined()
  })

  it('never accepts a script or data address, however it is disguised', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('javascript', 'data', 'vbscript').chain(disguisedScheme),
        fc.string(),
        (scheme, rest) => !isSafeLinkUrl(scheme + rest),
      ),
      { seed: 20261201, numRuns: 2000 },
    )
  })

  it('whatever it accepts, a browser resolves to http(s), mailto, tel or a path of this site', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ maxLength: 40 }).map((s) => `/${s}`),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc
            .constantFrom('javascript:', 'data:', 'mailto:', 'tel:', '//', '/\\')
            .chain((p) => fc.string({ maxLength: 30 }).map((s) => p + s)),
        ),
        (value) => {
          if (!isSafeLinkUrl(value)) return true
          const resolved = new URL(value, site)
          if (!allowedProtocols.includes(resolved.protocol)) return false
          const relative = value.startsWith('/') || value.startsWith('#')
          return !relative || resolved.origin === new URL(site).origin
        },
      ),
      { seed: 20261201, numRuns: 3000 },
    )
  })

  it('accepts every ordinary web address', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https', 'http'] }), (url) => isSafeLinkUrl(url)),
      { seed: 20261201, numRuns: 500 },
    )
  })
})
