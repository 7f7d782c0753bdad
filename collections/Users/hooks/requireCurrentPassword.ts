import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { verifyPassword } from '@/lib/auth/passwordHash'

import { operationArgs } from './operationData'

export const CURRENT_PASSWORD_FIELD = 'currentPassword'
export const CURRENT_PASSWORD_MESSAGE = 'Enter your current password to choose a new one.'

/**
 * A signed-in person changing their own password must give the current one, so that a session
 * left open or a stolen token cannot take the account over for good. An administrator setting
 * another person's password is not asked for it: they manage accounts and never know it. Payload
 * then ends the account's other sessions (payload/dist/collections/operations/utilities/update.js):
 * all of them when an administrator sets it, all but the one making the change otherwise.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return
  const { id, data } = operationArgs(args)
  if (!data) return
  const currentPassword = data[CURRENT_PASSWORD_FIELD]
  delete data[CURRENT_PASSWORD_FIELD]
  const password = data.password
  if (typeof password !== 'string' || password === '') return

  const invalid = (message: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ path: CURRENT_PASSWORD_FIELD, message }], req })
  if (id === undefined) {
    // A bulk update could include the person's own account without naming it.
    if (req.user) throw invalid('Change a password on the account itself, one account at a time.')
    return
  }
  const own = req.user?.collection === collection.slug && String(req.user.id) === String(id)
  if (!own) return
  const stored = await req.payload.db.findOne<{ id: number; hash?: string; salt?: string }>({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  if (typeof currentPassword !== 'string' || !stored || !(await verifyPassword(currentPassword, stored))) {
    throw invalid(
      typeof currentPassword === 'string' && currentPassword
        ? 'The current password is not correct.'
        : CURRENT_PASSWORD_MESSAGE,
    )
  }
}
