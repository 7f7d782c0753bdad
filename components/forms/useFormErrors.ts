'use client'

import { useEffect, useRef } from 'react'

import type { FormErrors } from '@/lib/validation/formFields'

import type { SummaryError } from './ErrorSummary'

/** The CAPTCHA widgets' globals, when one is on the page. */
interface CaptchaWidgets {
  turnstile?: { reset(): void }
  hcaptcha?: { reset(): void }
}

/**
 * GOV.UK's error pattern for a visitor form answered in place by its server action: the error
 * summary's entries (a message about the whole form first, then each field's, linked to it), and,
 * each time the answer has errors, focus on the summary, "Error: " before the page title (taken
 * off again once there are none) and a fresh CAPTCHA challenge (an answer is good for one check).
 */
export function useFormErrors<Field extends string>(
  state: { errors?: FormErrors<Field> },
  fields: readonly Field[],
  fieldId: (field: Field) => string,
) {
  const summaryRef = useRef<HTMLDivElement>(null)
  const errors: FormErrors<Field> = state.errors ?? {}
  const summaryErrors: SummaryError[] = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...fields.flatMap((field) => {
      const message = errors[field]
      return message ? [{ href: `#${fieldId(field)}`, message }] : []
    }),
  ]

  useEffect(() => {
    const title = document.title.replace(/^Error: /, '')
    document.title = state.errors ? `Error: ${title}` : title
    if (!state.errors) return
    summaryRef.current?.focus()
    const widgets = window as unknown as CaptchaWidgets
    widgets.turnstile?.reset()
    widgets.hcaptcha?.reset()
  }, [state])

  return { errors, summaryErrors, summaryRef }
}
