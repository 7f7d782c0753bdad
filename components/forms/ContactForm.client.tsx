'use client'

import type React from 'react'
import { useActionState } from 'react'

import { sendContactMessage, type ContactFormState } from '@/lib/actions/contact'
import { contactFields, contactLimits, type ContactField } from '@/lib/contact/fields'

import { ErrorSummary } from './ErrorSummary'
import { FieldError, fieldStyles, FormField } from './FormField'
import { Honeypot } from './Honeypot'
import checkbox from './Checkbox.module.css'
import styles from './ContactForm.module.css'
import { useFormErrors } from './useFormErrors'

export interface RecipientOption {
  key: string
  name: string
  description?: string | null
}

export interface ContactFormProps {
  recipients: RecipientOption[]
  selected: string
  token: string
  privacyNotice: { href: string; title: string } | null
  acknowledgementsEnabled: boolean
  captcha: { field: string; script: string; widgetClass: string; siteKey: string } | null
}

const fieldId = (field: ContactField) => `contact-${field}`

/** A field of the contact form, with its id derived from its name. */
function Field(props: Omit<React.ComponentProps<typeof FormField>, 'id' | 'name'> & { field: ContactField }) {
  const { field, ...rest } = props
  return <FormField id={fieldId(field)} name={field} {...rest} />
}

/**
 * The contact form. Without JavaScript it is a plain POST whose answer is this page again (with
 * errors) or the confirmation page; with JavaScript the same server action runs in place, and
 * focus moves to the error summary when there is something to fix.
 */
export function ContactForm(props: ContactFormProps) {
  const { recipients, selected, privacyNotice, acknowledgementsEnabled, captcha } = props
  const [state, formAction, pending] = useActionState<ContactFormState, FormData>(
    sendContactMessage,
    {},
    // Where the form posts before JavaScript has loaded (a form's action must not be empty).
    '/contact',
  )
  const { errors, summaryErrors, summaryRef } = useFormErrors(state, contactFields, fieldId)
  const values = state.values

  return (
    <>
      <form action={formAction} className={styles.form} noValidate>
        <ErrorSummary errors={summaryErrors} summaryRef={summaryRef} focusOnLoad />
        <input type="hidden" name="formToken" value={state.token ?? props.token} />

        <Field
          field="recipient"
          label="Who do you want to contact?"
          error={errors.recipient}
          value={values?.recipient ?? selected}
        >
          {(control) => (
            // Keyed by the value to show: React's form reset would otherwise put back the option first shown.
            <select {...control} key={control.defaultValue} className={fieldStyles.control}>
              {recipients.map((recipient) => (
                <option key={recipient.key} value={recipient.key}>
                  {recipient.description ? `${recipient.name} (${recipient.description})` : recipient.name}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field field="name" label="Your name" error={errors.name} value={values?.name}>
          {(control) => (
            <input {...control} type="text" className={fieldStyles.control} autoComplete="name" spellCheck={false} />
          )}
        </Field>

        <Field
          field="email"
          label="Your email address"
          hint="We pass it on only to the person you are writing to, so they can reply."
          error={errors.email}
          value={values?.email}
        >
          {(control) => (
            <input {...control} type="email" className={fieldStyles.control} autoComplete="email" spellCheck={false} />
          )}
        </Field>

        <Field field="subject" label="Subject" error={errors.subject} value={values?.subject}>
          {(control) => <input {...control} type="text" className={fieldStyles.control} />}
        </Field>

        <Field
          field="message"
          label="Your message"
          hint={`Up to ${contactLimits.message.toLocaleString('en-GB')} characters. Please do not include medical details or other people’s personal information.`}
          error={errors.message}
          value={values?.message}
        >
          {(control) => <textarea {...control} className={fieldStyles.control} rows={8} />}
        </Field>

        <Honeypot idPrefix="contact" />

        {acknowledgementsEnabled && (
          <div className={fieldStyles.group}>
            <div className={checkbox.checkbox}>
              <input
                id="contact-acknowledge"
                name="acknowledge"
                type="checkbox"
                value="yes"
                defaultChecked={values?.acknowledge === 'yes'}
              />
              <label htmlFor="contact-acknowledge">Email me to confirm that my message was passed on</label>
            </div>
          </div>
        )}

        <div className={errors.privacy ? `${fieldStyles.group} ${fieldStyles.groupError}` : fieldStyles.group}>
          {errors.privacy && <FieldError id="contact-privacy-error" message={errors.privacy} />}
          <div className={checkbox.checkbox}>
            <input
              id={fieldId('privacy')}
              name="privacy"
              type="checkbox"
              value="yes"
              defaultChecked={values?.privacy === 'yes'}
              aria-describedby={errors.privacy ? 'contact-privacy-error' : undefined}
              aria-invalid={errors.privacy ? true : undefined}
            />
            <label htmlFor={fieldId('privacy')}>
              I have read the{' '}
              {privacyNotice ? <a href={privacyNotice.href}>{privacyNotice.title.toLowerCase()}</a> : 'privacy notice'},
              which explains how my name, email address and message are used and how long they are kept.
            </label>
          </div>
        </div>

        {captcha && (
          <>
            <div className={captcha.widgetClass} data-sitekey={captcha.siteKey} />
            <script src={captcha.script} async defer />
          </>
        )}

        <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
          {pending ? 'Sending…' : 'Send message'}
        </button>
      </form>
    </>
  )
}
