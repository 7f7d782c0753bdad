import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'
import type { EmailAdapter } from 'payload'

import { ConfigurationError, type ServerEnv } from '@/lib/env'

import { createFileTransport } from './fileTransport'

/** Process-wide, not module-wide: the server bundles this module more than once. */
const warned = Symbol.for('osprn.mail.smtpWarning')

function warnOnce(message: string): void {
  const flags = globalThis as { [warned]?: boolean }
  if (flags[warned]) return
  flags[warned] = true
  console.warn(message)
}

export function parseMailFrom(value: string): { name: string; address: string } {
  const [first] = addressparser(value, { flatten: true })
  if (!first?.address) {
    throw new ConfigurationError(
      `MAIL_FROM must be an address such as "Site name <no-reply@example.org>", got "${value}".`,
    )
  }
  return { name: first.name || first.address, address: first.address }
}

/**
 * Outgoing mail: SMTP when SMTP_HOST is set, otherwise `.eml` files under `<DATA_DIR>/mail`.
 * The file fallback keeps development and local previews from ever dropping a message.
 */
export function emailAdapter(env: ServerEnv): Promise<EmailAdapter> {
  const from = parseMailFrom(env.MAIL_FROM)
  if (env.SMTP_HOST) {
    const transport = nodemailer.createTransport({
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // Bounded, so that a hung server fails an attempt (to be retried) well within the contact
      // delivery lease (lib/contact/deliverContactMessage.ts) instead of holding a worker.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    })
    return nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      transport,
      skipVerify: true,
    })
  }
  // A running server's warning, once: `next build` loads this config in several workers and sends no mail.
  if (env.NODE_ENV === 'production' && !env.EMBEDDED_DB && env.NEXT_PHASE !== 'phase-production-build') {
    warnOnce('[mail] SMTP_HOST is not set: outgoing mail is written to files, not sent. Configure SMTP for production.')
  }
  const directory = path.resolve(env.DATA_DIR, 'mail')
  const transport = nodemailer.createTransport(createFileTransport(directory))
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport,
    skipVerify: true,
  })
}
