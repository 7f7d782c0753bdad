// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { CookieBannerSlot } from '@/components/consent/CookieBannerSlot'
import { cookieBannerDefaults as shipped, cookieBannerPhrases } from '@/globals/CookieSettings/defaults'

import { cookieBannerExamples as examples } from '../../fixtures/components/cookieBanner'
import { axeViolations } from '../../helpers/axeJsdom'

// The banner refreshes the page after a choice made in place; rendering needs only the hook.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: vi.fn() }) }))

afterEach(cleanup)

type Name = keyof typeof examples

function renderExample(name: Name) {
  return render(
    <>
      <CookieBannerSlot {...examples[name].props} />
      <main id="main-content" />
    </>,
  )
}

/** A banner form posts the visitor's choice to /consent, and works as a plain form without JavaScript. */
function expectConsentForm(form: HTMLFormElement | null) {
  expect(form?.getAttribute('method')).toBe('post')
  expect(form?.getAttribute('action')).toBe('/consent')
}

const buttonsOf = (region: HTMLElement) =>
  within(region)
    .getAllByRole('button')
    .map((button) => [button.textContent, button.getAttribute('name'), button.getAttribute('value')])

describe('CookieBanner examples', () => {
  it('fresh visitor: asks, with accept and reject buttons and a link to /cookies', () => {
    renderExample('fresh visitor')
    const banner = screen.getByRole('region', { name: 'Cookies on OSPRN' })
    expect(within(banner).getByRole('heading', { level: 2, name: shipped.bannerHeading })).toBeDefined()
    expect(within(banner).getByText(shipped.bannerText).tagName).toBe('P')
    expect(buttonsOf(banner)).toEqual([
      [shipped.acceptLabel, 'choice', 'accept'],
      [shipped.rejectLabel, 'choice', 'reject'],
    ])
    expect(within(banner).getByRole('link', { name: shipped.moreLabel }).getAttribute('href')).toBe('/cookies')
    expectConsentForm(banner.querySelector('form'))
  })

  it('fresh visitor, policy page chosen: the link leads to its nested address', () => {
    renderExample('fresh visitor, policy page chosen')
    const banner = screen.getByRole('region', { name: 'Cookies on OSPRN' })
    expect(within(banner).getByRole('link', { name: shipped.moreLabel }).getAttribute('href')).toBe('/about/cookies')
  })

  it('wording edited in the CMS: shown as text, never as markup', () => {
    renderExample('wording edited in the CMS')
    const banner = screen.getByRole('region', { name: 'Cookies on Research & Practice <Network>' })
    expect(within(banner).getByRole('heading', { level: 2 }).textContent).toBe('Cookies & <b>you</b>')
    expect(within(banner).getByText('We use <script>alert(1)</script> nothing of the sort.')).toBeDefined()
    expect(banner.querySelector('b, script')).toBeNull()
  })

  it.each(['Global Privacy Control', 'choice already made'] as const)('%s: no banner', (name) => {
    renderExample(name)
    expect(screen.queryByRole('region')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it.each([
    ['accepted, policy page chosen', shipped.acceptedMessage, '/about/cookies'],
    ['rejected', shipped.rejectedMessage, '/cookies'],
    ['saved', shipped.savedMessage, '/cookies'],
  ] as const)(
    '%s: the one-time confirmation, focused, with a settings link and a hide button',
    (name, message, policyHref) => {
      renderExample(name)
      const banner = screen.getByRole('region', { name: 'Cookies on OSPRN' })
      const { before, link, after } = cookieBannerPhrases.changeSettings
      const paragraph = within(banner).getByText((_, element) => element?.tagName === 'P')
      expect(paragraph.textContent).toBe(`${message} ${before} ${link} ${after}`)
      expect(within(paragraph).getByRole('link', { name: link }).getAttribute('href')).toBe(policyHref)
      // The confirmation follows a choice made moments ago: focus moves to it (and it can take focus).
      expect(paragraph.getAttribute('tabindex')).toBe('-1')
      expect(document.activeElement).toBe(paragraph)
      expect(within(banner).queryByRole('heading')).toBeNull()
      expect(buttonsOf(banner)).toEqual([[cookieBannerPhrases.hideLabel, 'choice', 'hide']])
      expectConsentForm(banner.querySelector('form'))
    },
  )

  it.each(Object.keys(examples) as Name[])('has no axe violations: %s', async (name) => {
    const { container } = renderExample(name)
    expect(await axeViolations(container)).toEqual([])
  })
})
