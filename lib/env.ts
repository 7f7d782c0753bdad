import { z } from 'zod'

/**
 * Server configuration read from the environment. Every variable is documented in the README's
 * configuration table; keep the two in step.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1')

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Set by Next.js itself: 'phase-production-build' while `next build` runs (not documented in the README).
  NEXT_PHASE: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  PAYLOAD_SECRET: z.string().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_DB: booleanFlag,
  PAYLOAD_DB_PUSH: booleanFlag,
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_SECURE: booleanFlag,
  MAIL_FROM: z.string().min(3).default('Oxford Social Prescribing Research Network <no-reply@localhost>'),
  JOBS_AUTORUN: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((value) => value !== 'false' && value !== '0'),
  JOBS_CRON: z.string().min(9).default('* * * * *'),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SIGNIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  SIGNIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  CONTACT_MIN_FILL_SECONDS: z.coerce.number().min(0).max(600).default(3),
  CONTACT_LIMIT_PER_IP: z.coerce.number().int().min(1).default(5),
  CONTACT_LIMIT_PER_SENDER_TO_RECIPIENT: z.coerce.number().int().min(1).default(2),
  CONTACT_LIMIT_PER_RECIPIENT: z.coerce.number().int().min(1).default(20),
  CONTACT_LIMIT_GLOBAL: z.coerce.number().int().min(1).default(100),
  COMMENT_LIMIT_PER_IP: z.coerce.number().int().min(1).default(5),
  COMMENT_LIMIT_GLOBAL: z.coerce.number().int().min(1).default(60),
  CONSENT_PROOF_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  CONTACT_DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(10),
  CONTACT_RETRY_DELAY_SECONDS: z.coerce.number().min(0.05).max(3600).default(60),
  // Read by the server preload (server/bodyLimits.mjs); validated here so a typo fails at start.
  API_BODY_LIMIT_MB: z.coerce.number().positive().default(2),
  IMAGE_UPLOAD_LIMIT_MB: z.coerce.number().positive().default(20),
  DOCUMENT_UPLOAD_LIMIT_MB: z.coerce.number().positive().default(50),
  CAPTCHA_PROVIDER: z.enum(['none', 'turnstile', 'hcaptcha']).default('none'),
  CAPTCHA_SITE_KEY: z.string().optional(),
  CAPTCHA_SECRET_KEY: z.string().optional(),
  CAPTCHA_VERIFY_URL: z.url({ protocol: /^https?$/ }).optional(),
})

export type ServerEnv = z.infer<typeof serverEnvSchema> & { SITE_URL: string }

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

export function parseServerEnv(source: Readonly<Record<string, string | undefined>>): ServerEnv {
  const result = serverEnvSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigurationError(`Invalid environment configuration:\n${problems.join('\n')}`)
  }
  const env = result.data
  if (env.SMTP_HOST && !env.SMTP_PORT) {
    throw new ConfigurationError('SMTP_PORT must be set when SMTP_HOST is set.')
  }
  if (env.CAPTCHA_PROVIDER !== 'none' && (!env.CAPTCHA_SITE_KEY || !env.CAPTCHA_SECRET_KEY)) {
    throw new ConfigurationError('CAPTCHA_SITE_KEY and CAPTCHA_SECRET_KEY must be set when CAPTCHA_PROVIDER is set.')
  }
  const siteUrl = (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '')
  return { ...env, SITE_URL: siteUrl }
}

/**
 * Read on every call, not cached with serverEnv(): Next.js inlines NODE_ENV, and tests switch it
 * for one case (the seed's refusal to create demo accounts in production).
 */
export function isProduction(source: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return source.NODE_ENV === 'production'
}

/**
 * Whether the admin session cookie is `Secure`: in production, unless SITE_URL says the site is
 * served over plain http. An unset SITE_URL counts as https: a production site sits behind TLS.
 */
export function secureSessionCookie(source: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return isProduction(source) && !source.SITE_URL?.startsWith('http://')
}

let cached: ServerEnv | undefined

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env)
  return cached
}
