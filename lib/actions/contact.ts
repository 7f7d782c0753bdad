'use server'

import { after } from 'next/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { clientAddress } from '@/lib/abuse/clientAddress'
import { contactRateLimiter, runContactQueueSoon } from '@/lib/contact/contactRuntime'
import { issueFormToken } from '@/lib/abuse/formToken'
import type { ContactErrors } from '@/lib/contact/schema'
import {
  formValues,
  STALE_FORM_MESSAGE,
  submitContactMessage,
  TOKEN_FIELD,
  type ContactValues,
} from '@/lib/contact/submitContactMessage'
import { serverEnv } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { getContactRecipients, getContactSettings } from '@/lib/queries/contact'

export interface ContactFormState {
  errors?: ContactErrors
  values?: ContactValues
  /**
   * The time-trap token to send next: the original one (a refused message never uses it up),
   * unless it had expired. After a message is accepted the visitor leaves the form for a
   * confirmation page, and "Send another message" renders the form again with a fresh token.
   */
  token?: string
}

/** A call whose arguments are not the form's (a forged request): nothing is read or stored. */
const UNREADABLE_MESSAGE = 'Your message could not be read. Reload the page and send it again.'

const UNAVAILABLE_MESSAGE =
  'Your message could not be sent because of a problem on our side. Try again in a few minutes.'

/**
 * The contact form's server action. Works as a plain form POST without JavaScript (React renders
 * the returned state into the page) and in place with it. Success always ends on the same
 * confirmation page, whatever happened to the message behind it.
 */
export async function sendContactMessage(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  if (!(form instanceof FormData)) return { errors: { form: UNREADABLE_MESSAGE } }
  const env = serverEnv()
  const payload = await getPayloadClient()
  const submittedToken = form.get(TOKEN_FIELD)
  let result
  try {
    const [recipients, settings, requestHeaders] = await Promise.all([
      getContactRecipients(),
      getContactSettings(),
      headers(),
    ])
    result = await submitContactMessage(form, {
      payload,
      env,
      recipients,
      acknowledgementsEnabled: settings.acknowledgementsEnabled !== false,
      limiter: contactRateLimiter(payload),
      address: clientAddress(requestHeaders, env.TRUSTED_PROXY_HOPS),
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Contact form submission failed' })
    return {
      errors: { form: UNAVAILABLE_MESSAGE },
      values: formValues(form),
      token: typeof submittedToken === 'string' ? submittedToken : undefined,
    }
  }
  if (result.outcome === 'invalid') {
    const expired = result.errors.form === STALE_FORM_MESSAGE || typeof submittedToken !== 'string'
    return {
      errors: result.errors,
      values: result.values,
      token: expired ? issueFormToken(env.PAYLOAD_SECRET ?? '') : submittedToken,
    }
  }
  if (result.disposition === 'queued') after(() => runContactQueueSoon(payload))
  // Held over a capacity limit: told honestly that it waits for a check. Spam and replays end on
  // the ordinary confirmation, so a bot learns nothing.
  redirect(result.disposition === 'held' ? '/contact/held' : '/contact/sent')
}
