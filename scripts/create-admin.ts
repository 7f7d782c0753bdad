/**
 * `npm run create-admin`: creates an administrator. Interactive in a terminal, or
 * non-interactive from ADMIN_EMAIL, ADMIN_PASSWORD (and optionally ADMIN_NAME).
 * This is the only way the first account comes to exist in production.
 */
import { input, password as passwordPrompt } from '@inquirer/prompts'
import { z } from 'zod'

import { MIN_PASSWORD_LENGTH, passwordProblem } from '../lib/auth/passwordPolicy'

import { ensureSchema } from './lib/ensureSchema'
import { runScript } from './lib/runScript'

// The same policy the users collection enforces, checked here so that a prompt can ask again.
const adminSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name.').max(120),
    email: z.email('Enter a valid email address.'),
    password: z.string(),
  })
  .superRefine(({ name, email, password }, context) => {
    const problem = passwordProblem(password, [name, email])
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem })
  })

function fail(message: string): never {
  console.error(`create-admin: ${message}`)
  process.exit(1)
}

async function ask(): Promise<z.input<typeof adminSchema>> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME } = process.env
  if (ADMIN_EMAIL || ADMIN_PASSWORD) {
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) fail('Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither to be asked.')
    return { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: ADMIN_NAME || 'Administrator' }
  }
  if (!process.stdin.isTTY) fail('No terminal to ask in: set ADMIN_EMAIL and ADMIN_PASSWORD.')
  const email = await input({
    message: 'Email address:',
    validate: (v) => z.email().safeParse(v).success || 'Enter a valid email address.',
  })
  const name = await input({ message: 'Name:', default: 'Administrator' })
  const password = await passwordPrompt({
    message: `Password (at least ${MIN_PASSWORD_LENGTH} characters):`,
    mask: true,
    validate: (v) => passwordProblem(v, [name, email]) ?? true,
  })
  const confirmation = await passwordPrompt({ message: 'Repeat the password:', mask: true })
  if (confirmation !== password) fail('The passwords do not match.')
  return { email, name, password }
}

const parsed = adminSchema.safeParse(await ask())
if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join(' '))
const admin = parsed.data

runScript(async (payload) => {
  await ensureSchema(payload)
  const existing = await payload.count({ collection: 'users', where: { email: { equals: admin.email.toLowerCase() } } })
  if (existing.totalDocs > 0) fail(`A user with the address ${admin.email} already exists.`)
  await payload.create({
    collection: 'users',
    data: { name: admin.name, email: admin.email, password: admin.password, role: 'admin' },
    context: { disableRevalidate: true },
  })
  payload.logger.info(`Created administrator ${admin.email}. Sign in at ${process.env.SITE_URL ?? ''}/admin`)
})
