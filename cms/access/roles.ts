import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  editor: 'Editor',
  contributor: 'Contributor',
}

type RequestUser = PayloadRequest['user']

export function hasRole(user: RequestUser, ...allowed: Role[]): boolean {
  if (!user || user.collection !== 'users') return false
  return allowed.includes(user.role as Role)
}
