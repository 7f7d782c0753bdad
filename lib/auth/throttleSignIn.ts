import { clientAddress } from '@/lib/abuse/clientAddress'

import type { SignInKeys, SignInThrottle } from './signInThrottle'

/** The REST routes that take a password, an account name or a reset token from anyone. */
const THROTTLED = /^\/api\/users\/(login|forgot-password|reset-password)\/?$/

export const TOO_MANY_ATTEMPTS_MESSAGE = 'Too many sign-in attempts from your network.'
const UNAVAILABLE_MESSAGE = 'Signing in is unavailable at the moment. Try again in a few minutes.'

export interface SignInThrottleOptions {
  throttle(): Promise<SignInThrottle>
  trustedProxyHops: number
  logError(error: unknown, message: string): void
}

function throttledAction(url: string): string | null {
  let pathname = new URL(url).pathname
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    // A malformed escape reaches Payload as it is, which answers it with a 404: keep the raw path.
  }
  return THROTTLED.exec(pathname.toLowerCase())?.[1] ?? null
}

/** The account named in a JSON body or in the admin panel's multipart `_payload` field. */
async function emailOf(request: Request): Promise<string | null> {
  const contentType = request.headers.get('content-type') ?? ''
  try {
    let data: unknown
    if (contentType.startsWith('application/json')) {
      data = JSON.parse(await request.clone().text())
    } else if (contentType.startsWith('multipart/form-data')) {
      const field = (await request.clone().formData()).get('_payload')
      data = typeof field === 'string' ? JSON.parse(field) : null
    }
    const email = (data as { email?: unknown } | null)?.email
    return typeof email === 'string' && email.trim() ? email : null
  } catch {
    // An unreadable body is counted against the address alone; Payload answers it with a 400.
    return null
  }
}

const json = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ message, errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/** Payload's answer to every password-reset request that names an account, known or not. */
export const FORGOT_PASSWORD_ANSWER = { message: 'Success' }

/**
 * Answers a password-reset request at once, as Payload answers it for an unknown address, while
 * Payload goes on to store a token and send the mail. Waiting for the mail server made the answer
 * for a real account take ten times longer (≈400 ms against ≈40 ms), which told which addresses
 * have accounts; a mail server error told it outright (500 only for real accounts). Failures are
 * logged. The server is long-running (scripts/start.ts), so the work is not cut off.
 */
function answerForgotPassword(pending: Promise<Response>, options: SignInThrottleOptions): Response {
  pending.then(
    async (response) => {
      if (!response.ok) options.logError(await response.text(), 'A password-reset request failed')
    },
    (error: unknown) => options.logError(error, 'A password-reset request failed'),
  )
  return Response.json(FORGOT_PASSWORD_ANSWER, { headers: { 'Cache-Control': 'no-store' } })
}

/**
 * Puts the sign-in limits in front of Payload's REST POST handler, before Payload builds a request,
 * runs its auth strategies or hashes a password, so that a flood costs one counter update per
 * request. Every attempt is counted up front; a sign-in or password reset that succeeds gives its
 * count back. Requests for a password reset always count (they send mail).
 */
export function withSignInThrottle<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
  options: SignInThrottleOptions,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const action = throttledAction(request.url)
    if (!action) return handler(request, ...rest)

    const keys: SignInKeys = {
      address: clientAddress(request.headers, options.trustedProxyHops),
      email: action === 'reset-password' ? null : await emailOf(request),
    }
    let throttle: SignInThrottle
    let decision
    try {
      throttle = await options.throttle()
      decision = await throttle.take(keys)
    } catch (error) {
      options.logError(error, 'The sign-in limits could not be checked')
      return json(503, UNAVAILABLE_MESSAGE)
    }
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60)
      return json(429, `${TOO_MANY_ATTEMPTS_MESSAGE} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
        'Retry-After': String(decision.retryAfterSeconds),
      })
    }

    if (action === 'forgot-password' && keys.email) return answerForgotPassword(handler(request, ...rest), options)

    const response = await handler(request, ...rest)
    if (response.ok) {
      try {
        await throttle.succeeded(keys)
      } catch (error) {
        // The attempt stays counted, which errs on the safe side: log and answer as Payload did.
        options.logError(error, 'A successful sign-in could not be given back to the limits')
      }
    }
    return response
  }
}
