import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/*
 * Payload's password hashing, as in payload/dist/auth/strategies/local/generatePasswordSaltHash.js
 * (3.90): PBKDF2-SHA256, 600,000 iterations and 32 bytes behind the `pbkdf2-sha256-v1:` prefix,
 * 25,000 iterations and 512 bytes for hashes written by older versions. Payload does not export
 * it; tests/int/signIn.int.test.ts checks that both sides still agree.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export interface StoredPassword {
  hash?: unknown
  salt?: unknown
}

/** Whether `password` is the one stored as `hash` and `salt` by Payload. */
export async function verifyPassword(password: string, stored: StoredPassword): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const actual = await derive(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const DUMMY: StoredPassword = { hash: `${CURRENT_PREFIX}${'0'.repeat(64)}`, salt: '0'.repeat(64) }

/**
 * The same work as checking a real password, for a sign-in that names no account: without it an
 * unknown address is answered in a few milliseconds and a known one in over a hundred, which tells
 * anyone which addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  await verifyPassword(password, DUMMY)
}
