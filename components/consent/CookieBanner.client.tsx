'use client'

import { useRouter } from 'next/navigation'
import type React from 'react'
import { startTransition, useEffect, useRef, useState } from 'react'

import { cookieBannerPhrases as phrases } from '@/globals/CookieSettings/defaults'
import type { ConsentNotice } from '@/lib/consent/consentState'
import styles from './CookieBanner.module.css'

export interface CookieBannerTexts {
  siteName: string
  heading: string
  text: string
  acceptLabel: string
  rejectLabel: string
  moreLabel: string
  messages: Record<ConsentNotice, string>
  policyHref: string
}

interface Props {
  texts: CookieBannerTexts
  /**
   * `ask` for a visitor without a valid choice; a notice after a choice made without JavaScript;
   * otherwise hidden.
   */
  initial: { mode: 'ask' } | { mode: 'notice'; notice: ConsentNotice } | { mode: 'hidden' }
}

type State = { mode: 'ask' } | { mode: 'notice'; notice: ConsentNotice; focus: boolean } | { mode: 'hidden' }

/**
 * A choice made in place refreshes the page, which then comes as another variant (without the
 * question, with the consented scripts): the banner of that variant mounts anew and carries on
 * showing the confirmation, with focus, for a choice made moments ago.
 */
let carried: { notice: ConsentNotice; at: number } | null = null
const CARRY_MS = 10_000

function initialState(initial: Props['initial']): State {
  if (carried && Date.now() - carried.at < CARRY_MS) return { mode: 'notice', notice: carried.notice, focus: true }
  // A confirmation in the page's HTML follows a choice made moments ago (without JavaScript, or
  // with a reload for a newly allowed script): it takes focus where scripts run.
  return initial.mode === 'notice' ? { mode: 'notice', notice: initial.notice, focus: true } : initial
}

async function post(data: FormData): Promise<{ notice?: ConsentNotice; reload?: boolean }> {
  const response = await fetch('/consent', { method: 'POST', body: data, headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`Consent not saved (${response.status})`)
  return (await response.json()) as { notice?: ConsentNotice; reload?: boolean }
}

/**
 * GOV.UK's cookie banner: in the page flow above the skip link, never over the page. Its buttons
 * are a plain form POST to /consent; with JavaScript the same request runs in place, the
 * confirmation replaces the question and receives focus, and consented scripts load at once.
 */
export function CookieBanner({ texts, initial }: Props) {
  const router = useRouter()
  const [state, setState] = useState<State>(() => initialState(initial))
  const [busy, setBusy] = useState(false)
  const message = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (state.mode === 'notice' && state.focus) message.current?.focus()
  }, [state])

  // The confirmation has reached the refreshed page: nothing more to carry.
  useEffect(() => {
    carried = null
  }, [])

  if (state.mode === 'hidden') return null

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    event.preventDefault()
    setBusy(true)
    const data = new FormData(form, submitter)
    data.set('returnTo', window.location.pathname + window.location.search)
    try {
      const result = await post(data)
      if (result.reload) {
        // A newly allowed script from another origin needs the page's new security policy.
        window.location.reload()
        return
      } else if (data.get('choice') === 'hide') {
        setState({ mode: 'hidden' })
        // The focused button is going away: keep keyboard users in the page, at its content.
        document.getElementById('main-content')?.focus()
      } else {
        const notice = result.notice ?? 'saved'
        setState({ mode: 'notice', notice, focus: true })
        carried = { notice, at: Date.now() }
        // The page's variant for the new choice: consented scripts now, and no page prefetched
        // before the choice (with the question) is shown afterwards.
        startTransition(() => router.refresh())
      }
    } catch {
      // The plain form still works: send it the way a browser without JavaScript would.
      const choice = document.createElement('input')
      choice.type = 'hidden'
      choice.name = 'choice'
      choice.value = String(data.get('choice') ?? '')
      form.append(choice)
      form.submit()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className={styles.banner} aria-label={`Cookies on ${texts.siteName}`}>
      <div className="container">
        {state.mode === 'ask' ? (
          <form method="post" action="/consent" onSubmit={submit}>
            <h2 className={styles.heading}>{texts.heading}</h2>
            <p>{texts.text}</p>
            <div className={styles.actions}>
              <button type="submit" name="choice" value="accept" className="button" disabled={busy}>
                {texts.acceptLabel}
              </button>
              <button type="submit" name="choice" value="reject" className="button" disabled={busy}>
                {texts.rejectLabel}
              </button>
              <a href={texts.policyHref}>{texts.moreLabel}</a>
            </div>
          </form>
        ) : (
          <form method="post" action="/consent" onSubmit={submit}>
            <p ref={message} tabIndex={-1} className={styles.message}>
              {texts.messages[state.notice]} {phrases.changeSettings.before}{' '}
              <a href={texts.policyHref}>{phrases.changeSettings.link}</a> {phrases.changeSettings.after}
            </p>
            <div className={styles.actions}>
              <button type="submit" name="choice" value="hide" className="button button--secondary">
                {phrases.hideLabel}
              </button>
            </div>
          </form>
        )}
      </div>
    </section>
  )
}
