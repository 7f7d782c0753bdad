import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { passwordProblem } from '@/lib/auth/passwordPolicy'

import { operationArgs } from './operationData'

/**
 * Refuses short and guessable passwords wherever one is set: creating a user, changing a password
 * (REST, admin panel, Local API) and resetting it with an emailed token. Payload itself only asks
 * for three characters.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return
  const { id, data } = operationArgs(args)
  const password = data?.password
  if (typeof password !== 'string' || password === '') return
  const inputs = [data?.email, data?.name]
  if (operation === 'update' && id !== undefined) {
    const stored = await req.payload.db.findOne<{ id: number; email?: string; name?: string }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })
    inputs.push(stored?.email, stored?.name)
  }
  const problem = passwordProblem(
    password,
    inputs.filter((value): value is string => typeof value === 'string'),
  )
  if (problem) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }], req })
  }
}
