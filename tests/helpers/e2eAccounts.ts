import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { expect, type APIRequestContext } from '@playwright/test'

const run = promisify(execFile)

export const admin = { email: 'e2e-admin@example.org', password: 'e2e-admin-password-123', name: 'E2E Administrator' }

/**
 * The production start seeds no account: the first administrator is created the documented way,
 * with `npm run create-admin`, while the site runs (the command joins its embedded PostgreSQL).
 */
export async function ensureAdmin(request: APIRequestContext): Promise<void> {
  const login = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
  if (login.ok()) return
  const { stdout, stderr } = await run('npm', ['run', 'create-admin'], {
    env: {
      ...process.env,
      DATA_DIR: '.data/e2e',
      DATABASE_URL: '',
      NODE_ENV: 'production',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      ADMIN_NAME: admin.name,
    },
  })
  expect(`${stdout}\n${stderr}`).toContain(`Created administrator ${admin.email}`)
}

export async function signIn(
  request: APIRequestContext,
  email = admin.email,
  password = admin.password,
): Promise<string> {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** Creates (as the administrator) a user with the given role and returns its sign-in. */
export async function createUser(request: APIRequestContext, role: 'editor' | 'contributor') {
  const token = await signIn(request)
  const user = {
    email: `e2e-${role}-${Date.now()}@example.org`,
    password: `e2e-${role}-password-123`,
    name: `E2E ${role}`,
    role,
  }
  const response = await request.post('/api/users', { headers: { Authorization: `JWT ${token}` }, data: user })
  expect(response.status()).toBe(201)
  return user
}
