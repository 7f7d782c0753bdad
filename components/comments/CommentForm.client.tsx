'use client'

import { useActionState, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'

import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { FieldError, fieldStyles, FormField } from '@/components/forms/FormField'
import { Honeypot } from '@/components/forms/Honeypot'
import checkbox from '@/components/forms/Checkbox.module.css'
import { useFormErrors } from '@/components/forms/useFormErrors'
import { postComment, type CommentFormState } from '@/lib/actions/comments'
import {
  commentFields,
  commentLimits,
  commentPaths,
  ENHANCED_FIELD,
  POST_FIELD,
  type CommentField,
} from '@/lib/comments/fields'

import styles from './CommentForm.module.css'

export interface CommentFormProps {
  postId: number
  /** The post's own address. Without JavaScript the form posts to the post's comment page beside it. */
  postPath: string
  /** A fresh token, on the comment page (rendered per request); a cached post page has none. */
  token?: string
  guidelines: { href: string; title: string } | null
  moderationTime: string
  captcha: { field: string; script: string; widgetClass: string; siteKey: string } | null
}

const fieldId = (field: CommentField) => `comment-${field}`

const subscribeToNothing = () => () => {}
const hydrated = () => true
const notHydrated = () => false

/** Where the form's script gets a fresh signed token (the cached page cannot carry one). */
const TOKEN_URL = '/api/comment-token'

/**
 * The comment form, under a post (a page served from the cache) and on the post's comment page.
 * With JavaScript it fetches a fresh token as the reader reaches the form and answers in place.
 * Without, it posts to the comment page (rendered per request, its title then starts "Error:"):
 * from the cached post, which has no token, the reader's text comes back with a fresh one and a
 * request to send it again.
 */
export function CommentForm({ postId, postPath, token, guidelines, moderationTime, captcha }: CommentFormProps) {
  const [state, formAction, pending] = useActionState<CommentFormState, FormData>(
    postComment,
    {},
    commentPaths(postPath).form,
  )
  const [fetched, setFetched] = useState<string>()
  // True once hydrated (false in the server's HTML): the form then answers in place.
  const enhanced = useSyncExternalStore(subscribeToNothing, hydrated, notHydrated)
  const form = useRef<HTMLFormElement>(null)
  const confirmation = useRef<HTMLHeadingElement>(null)
  const asked = useRef(Boolean(token))
  const { errors, summaryErrors, summaryRef } = useFormErrors(state, commentFields, fieldId)
  const values = state.values

  const fetchToken = useCallback(() => {
    if (asked.current) return
    asked.current = true
    fetch(TOKEN_URL, { cache: 'no-store', credentials: 'omit' })
      .then((response) => (response.ok ? (response.json() as Promise<{ token?: unknown }>) : null))
      .then((body) => {
        if (typeof body?.token === 'string') setFetched(body.token)
        else asked.current = false
      })
      .catch(() => {
        // Without a token the server asks the reader to send the comment again: nothing is lost.
        asked.current = false
      })
  }, [])

  useEffect(() => {
    const element = form.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    // The token is fetched as the reader comes near the form, so the time-trap counts from then.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        fetchToken()
        observer.disconnect()
      }
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [fetchToken])

  useEffect(() => {
    if (state.sent) confirmation.current?.focus()
  }, [state])

  if (state.sent) {
    return (
      <div className={styles.confirmation} role="status">
        <h3 ref={confirmation} tabIndex={-1}>
          Comment sent
        </h3>
        <p>Thank you. Your comment will appear here once a moderator has read it. {moderationTime}</p>
      </div>
    )
  }

  return (
    <form ref={form} action={formAction} className={styles.form} noValidate onFocus={fetchToken}>
      <ErrorSummary errors={summaryErrors} summaryRef={summaryRef} focusOnLoad />
      <input type="hidden" name={POST_FIELD} value={postId} />
      <input type="hidden" name="formToken" value={state.token ?? fetched ?? token ?? ''} />
      {enhanced && <input type="hidden" name={ENHANCED_FIELD} value="yes" />}

      <FormField
        id={fieldId('name')}
        name="name"
        label="Your name"
        error={errors.name}
        value={values?.name}
        hint="Shown with your comment."
      >
        {(control) => (
          <input {...control} type="text" className={fieldStyles.control} autoComplete="name" spellCheck={false} />
        )}
      </FormField>

      <FormField
        id={fieldId('email')}
        name="email"
        label="Your email address"
        hint="Never shown or published. We use it only to contact you about your comment."
        error={errors.email}
        value={values?.email}
      >
        {(control) => (
          <input {...control} type="email" className={fieldStyles.control} autoComplete="email" spellCheck={false} />
        )}
      </FormField>

      <FormField
        id={fieldId('body')}
        name="body"
        label="Your comment"
        hint={`Up to ${commentLimits.body.toLocaleString('en-GB')} characters of plain text; links are shown as text. Please do not include medical details or other people’s personal information.`}
        error={errors.body}
        value={values?.body}
      >
        {(control) => <textarea {...control} className={fieldStyles.control} rows={6} />}
      </FormField>

      <Honeypot idPrefix="comment" />

      <div className={fieldStyles.group}>
        <div className={checkbox.checkbox}>
          <input
            id="comment-notify"
            name="notify"
            type="checkbox"
            value="yes"
            defaultChecked={values?.notify === 'yes'}
          />
          <label htmlFor="comment-notify">Email me when my comment is published or answered (one email each)</label>
        </div>
      </div>

      <div className={errors.guidelines ? `${fieldStyles.group} ${fieldStyles.groupError}` : fieldStyles.group}>
        {errors.guidelines && <FieldError id="comment-guidelines-error" message={errors.guidelines} />}
        <div className={checkbox.checkbox}>
          <input
            id={fieldId('guidelines')}
            name="guidelines"
            type="checkbox"
            value="yes"
            defaultChecked={values?.guidelines === 'yes'}
            aria-describedby={errors.guidelines ? 'comment-guidelines-error' : undefined}
            aria-invalid={errors.guidelines ? true : undefined}
          />
          <label htmlFor={fieldId('guidelines')}>
            My comment follows the{' '}
            {guidelines ? <a href={guidelines.href}>{guidelines.title.toLowerCase()}</a> : 'comment guidelines'}
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
        {pending ? 'Sending…' : 'Send comment'}
      </button>
    </form>
  )
}
