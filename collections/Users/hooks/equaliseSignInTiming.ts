import type { CollectionBeforeOperationHook } from 'payload'

import { verifyAgainstDummy } from '@/lib/auth/passwordHash'

import { operationArgs } from './operationData'

/**
 * Payload answers a sign-in for an unknown address straight away and hashes the password only
 * for a real account. Hashing it for an unknown address too makes both take as long, so the
 * answer's timing does not tell which addresses have accounts (the message is already the same).
 */
export const equaliseSignInTiming: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return
  const { data } = operationArgs(args)
  const email = data?.email
  const password = data?.password
  // Without both, Payload refuses the request before looking the account up.
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return
  const account = await req.payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  if (!account) await verifyAgainstDummy(password)
}
