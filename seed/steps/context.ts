import type { Payload } from 'payload'

import type { Refs } from '../refs'

export interface SeedContext {
  payload: Payload
  refs: Refs
  /** The moment of seeding: demo dates are relative to it. */
  now: Date
}

export const published = { _status: 'published' } as const
