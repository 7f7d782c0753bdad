import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { getTestPayload } from '../helpers/payload'

let payload: Payload
const accounts: Record<'admin' | 'editor' | 'contributor', User> = {} as never

async function makeUser(role: User['role']): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { name: `Test ${role}`, email: `${role}-${Date.now()}@example.org`, password: 'a-long-test-password', role },
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  accounts.admin = await makeUser('admin')
  accounts.editor = await makeUser('editor')
  accounts.contributor = await makeUser('contributor')
})

const asUser = (user: User | undefined) => ({
  overrideAccess: false,
  user: user ? { ...user, collection: 'users' as const } : undefined,
})

describe('users collection access', () => {
  it('lets an administrator create, read and delete users', async () => {
    const created = await payload.create({
      collection: 'users',
      data: {
        name: 'New editor',
        email: `new-${Date.now()}@example.org`,
        password: 'another-long-password',
        role: 'editor',
      },
      ...asUser(accounts.admin),
    })
    const all = await payload.find({ collection: 'users', ...asUser(accounts.admin) })
    expect(all.docs.map((doc) => doc.id)).toContain(created.id)
    await payload.delete({ collection: 'users', id: created.id, ...asUser(accounts.admin) })
  })

  it.each(['editor', 'contributor'] as const)('refuses to let an %s create or delete users', async (role) => {
    await expect(
      payload.create({
        collection: 'users',
        data: {
          name: 'Intruder',
          email: `intruder-${role}@example.org`,
          password: 'a-long-test-password',
          role: 'admin',
        },
        ...asUser(accounts[role]),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.delete({ collection: 'users', id: accounts.admin.id, ...asUser(accounts[role]) }),
    ).rejects.toThrow(/not allowed/i)
  })

  it.each(['editor', 'contributor'] as const)('shows an %s only their own account', async (role) => {
    const visible = await payload.find({ collection: 'users', ...asUser(accounts[role]) })
    expect(visible.docs.map((doc) => doc.id)).toEqual([accounts[role].id])
  })

  it('does not let an editor promote themselves to administrator', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: accounts.editor.id,
      data: { role: 'admin', name: 'Renamed editor' },
      ...asUser(accounts.editor),
    })
    expect(updated.name).toBe('Renamed editor')
    const stored = await payload.findByID({ collection: 'users', id: accounts.editor.id })
    expect(stored.role).toBe('editor')
  })

  it('shows an anonymous visitor no users at all', async () => {
    await expect(payload.find({ collection: 'users', ...asUser(undefined) })).rejects.toThrow(/not allowed/i)
  })
})
