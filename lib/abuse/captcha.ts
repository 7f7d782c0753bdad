import type { ServerEnv } from '@/lib/env'

export type CaptchaProvider = 'turnstile' | 'hcaptcha'

interface ProviderDetails {
  /** The form field the provider's widget fills in. */
  field: string
  script: string
  widgetClass: string
  verifyUrl: string
}

export const captchaProviders: Record<CaptchaProvider, ProviderDetails> = {
  turnstile: {
    field: 'cf-turnstile-response',
    script: 'https://challenges.cloudflare.com/turnstile/v0/api.js',
    widgetClass: 'cf-turnstile',
    verifyUrl: 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
  },
  hcaptcha: {
    field: 'h-captcha-response',
    script: 'https://js.hcaptcha.com/1/api.js',
    widgetClass: 'h-captcha',
    verifyUrl: 'https://api.hcaptcha.com/siteverify',
  },
}

export class CaptchaUnavailableError extends Error {
  constructor(provider: string, options?: { cause?: unknown }) {
    super(`The ${provider} verification service did not answer.`, options)
    this.name = 'CaptchaUnavailableError'
  }
}

/**
 * Server-side check of the CAPTCHA answer with the provider (the widget's own verdict in the
 * browser proves nothing). True when no provider is configured.
 */
export async function verifyCaptcha(env: ServerEnv, form: FormData, remoteIp: string | null): Promise<boolean> {
  if (env.CAPTCHA_PROVIDER === 'none') return true
  const provider = captchaProviders[env.CAPTCHA_PROVIDER]
  const answer = form.get(provider.field)
  if (typeof answer !== 'string' || !answer || answer.length > 4096) return false
  const body = new URLSearchParams({ secret: env.CAPTCHA_SECRET_KEY ?? '', response: answer })
  if (remoteIp) body.set('remoteip', remoteIp)
  let response: Response
  try {
    response = await fetch(env.CAPTCHA_VERIFY_URL ?? provider.verifyUrl, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(5000),
    })
  } catch (error) {
    throw new CaptchaUnavailableError(env.CAPTCHA_PROVIDER, { cause: error })
  }
  if (!response.ok) throw new CaptchaUnavailableError(env.CAPTCHA_PROVIDER)
  const result = (await response.json().catch(() => ({}))) as { success?: unknown }
  return result.success === true
}
