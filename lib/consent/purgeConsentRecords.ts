import type { Payload, TaskConfig } from 'payload'

import { deleteEach } from '@/lib/db/deleteEach'

export const PURGE_CONSENT_TASK = 'purgeConsentRecords'

const DAY_MS = 24 * 60 * 60 * 1000

/** Deletes proof-of-consent records older than the period set in Cookie settings. */
export async function purgeConsentRecords(payload: Payload, now = new Date()) {
  const settings = await payload.findGlobal({ slug: 'cookie-settings', depth: 0, overrideAccess: true })
  const before = new Date(now.getTime() - (settings.proofRetentionDays ?? 730) * DAY_MS).toISOString()
  const records = await deleteEach(payload, 'consent-records', { createdAt: { less_than: before } })
  return { records }
}

/** Every night at 03:30 (server time). */
export const purgeConsentRecordsTask: TaskConfig<typeof PURGE_CONSENT_TASK> = {
  slug: PURGE_CONSENT_TASK,
  label: 'Delete consent records past their retention period',
  outputSchema: [{ name: 'records', type: 'number', required: true }],
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await purgeConsentRecords(req.payload) }),
}
