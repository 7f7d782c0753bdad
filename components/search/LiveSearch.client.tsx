'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useSyncExternalStore, type ReactNode } from 'react'

import styles from './SearchPage.module.css'

/** A pause in typing this long runs the search. */
const TYPING_PAUSE_MS = 500

/** The form's fields as a search address, leaving out empty values and the default sort. */
function addressOf(form: HTMLFormElement): string {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() && !(name === 'sort' && value === 'relevance'))
      params.append(name, value)
  }
  const query = params.toString()
  return query ? `/search?${query}` : '/search'
}

/**
 * Where the visitor was when a live search navigated. Each search is a page of its own, so the
 * form is rendered anew with the results; the new one takes over the words typed meanwhile, the
 * caret and the focus from here.
 */
let handover: { value: string; focusId: string; start: number | null; end: number | null; at: number } | null = null
const HANDOVER_MS = 10_000

function rememberWhereVisitorIs(form: HTMLFormElement) {
  const field = form.elements.namedItem('q')
  const active = document.activeElement
  if (!(field instanceof HTMLInputElement)) return
  handover = {
    value: field.value,
    focusId: active instanceof HTMLElement ? active.id : '',
    start: active === field ? field.selectionStart : null,
    end: active === field ? field.selectionEnd : null,
    at: Date.now(),
  }
}

/** On the page a live search brought: the words, caret and focus the visitor had. Returns whether the words differ from the page's. */
function takeOver(form: HTMLFormElement): boolean {
  const taken = handover
  handover = null
  const field = form.elements.namedItem('q')
  if (!taken || Date.now() - taken.at > HANDOVER_MS || !(field instanceof HTMLInputElement)) return false
  const changed = field.value !== taken.value
  field.value = taken.value
  const focus = taken.focusId ? document.getElementById(taken.focusId) : null
  focus?.focus({ preventScroll: true })
  if (focus === field && taken.start !== null) field.setSelectionRange(taken.start, taken.end)
  return changed
}

const subscribeToNothing = () => () => {}
const clientSnapshot = () => true
const serverSnapshot = () => false

/**
 * With JavaScript, results follow the words as they are typed (after a pause) and the filters as
 * they are ticked; the page's one status region then says how many there are. Focus stays where
 * it was. Without JavaScript the form is submitted as usual.
 */
export function LiveSearch({ formId, children }: { formId: string; children: ReactNode }) {
  const router = useRouter()
  // False in the server's HTML and during hydration, true once the script runs.
  const live = useSyncExternalStore(subscribeToNothing, clientSnapshot, serverSnapshot)
  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const search = () => {
      rememberWhereVisitorIs(form)
      router.replace(addressOf(form), { scroll: false })
    }
    // Filters sit outside the form element (they join it by their `form` attribute), so events are
    // heard on the document and kept when they come from one of the form's fields.
    const ofForm = (event: Event) => (event.target as HTMLInputElement | null)?.form === form
    const onInput = (event: Event) => {
      if (!ofForm(event) || (event.target as HTMLInputElement).name !== 'q') return
      // Words typed while the results load go with the visitor to the new page.
      if (handover) rememberWhereVisitorIs(form)
      clearTimeout(timer)
      timer = setTimeout(search, TYPING_PAUSE_MS)
    }
    if (takeOver(form)) timer = setTimeout(search, TYPING_PAUSE_MS)
    const onChange = (event: Event) => {
      const { type } = event.target as HTMLInputElement
      if (ofForm(event) && (type === 'checkbox' || type === 'radio')) search()
    }
    document.addEventListener('input', onInput)
    document.addEventListener('change', onChange)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('input', onInput)
      document.removeEventListener('change', onChange)
    }
  }, [formId, router])
  return (
    <>
      {children}
      <p id="search-live-hint" className={styles.hint}>
        {live ? 'Results update as you type.' : ''}
      </p>
    </>
  )
}
