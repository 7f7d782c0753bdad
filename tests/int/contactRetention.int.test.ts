import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { purgeContactMessages, PURGE_TASK } from '@/lib/contact/purgeContactMessages'
import { RATE_LIMIT_TABLE } from '@/lib/abuse/rateLimits'
import config from '@/payload.config'

import { getTestPayload } from '../helpers/payload'

let payload: Payload
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  payload = await getTestPayload()
})

const pool = () => (payload.db as unknown as PostgresAdapter).pool

/** A message as if it had arrived `ageDays` ago. Spam and sent ones queue no delivery job. */
async function messageAged(ageDays: number, status: 'sent' | 'failed' | 'spam' | 'queued') {
  const doc = await payload.create({
    collection: 'contact-messages',
    data: {
      status: status === 'queued' ? 'spam' : status,
      recipientKind: 'team',
      recipientName: 'Communications team',
      senderName: `Aged ${ageDays} ${status}`,
      senderEmail: 'aged@example.net',
      subject: 'Retention',
      message: 'A message to be kept or deleted by age.',
      privacyNoticeAcknowledgedAt: new Date().toISOString(),
    },
    overrideAccess: true,
  })
  await pool().query(
    `update contact_messages set status = $2, created_at = now() - make_interval(days => $3) where id = $1`,
    [doc.id, status, ageDays],
  )
  return doc.id
}

const exists = async (id: number) =>
  Boolean(await payload.findByID({ collection: 'contact-messages', id, overrideAccess: true, disableErrors: true }))

describe('retention', () => {
  it('deletes messages past the period set in the CMS, keeps newer ones and anything still undelivered', async () => {
    await payload.updateGlobal({
      slug: 'contact-settings',
      data: { teamEmail: 'team@osprn.example.org', retentionDays: 90, spamRetentionDays: 7 },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const oldSent = await messageAged(91, 'sent')
    const oldFailed = await messageAged(120, 'failed')
    const recentSent = await messageAged(89, 'sent')
    const oldQueued = await messageAged(400, 'queued')
    const oldSpam = await messageAged(8, 'spam')
    const recentSpam = await messageAged(6, 'spam')
    await pool().query(`insert into "${RATE_LIMIT_TABLE}" (key, points, expire) values ($1, 1, $2), ($3, 1, $4)`, [
      'expired-counter',
      Date.now() - 1000,
      'live-counter',
      Date.now() + DAY,
    ])

    const result = await purgeContactMessages(payload)

    expect(result.messages).toBeGreaterThanOrEqual(3)
    expect(result.rateLimits).toBeGreaterThanOrEqual(1)
    expect(await exists(oldSent)).toBe(false)
    expect(await exists(oldFailed)).toBe(false)
    expect(await exists(oldSpam)).toBe(false)
    expect(await exists(recentSent)).toBe(true)
    expect(await exists(recentSpam)).toBe(true)
    expect(await exists(oldQueued)).toBe(true)
    const { rows } = await pool().query<{ key: string }>(
      `select key from "${RATE_LIMIT_TABLE}" where key like '%-counter'`,
    )
    expect(rows.map(({ key }) => key)).toEqual(['live-counter'])
  })

  it('runs every night on the jobs schedule', async () => {
    const resolved = await config
    const task = resolved.jobs.tasks?.find(({ slug }) => slug === PURGE_TASK)
    expect(task?.schedule).toEqual([{ cron: '0 15 3 * * *', queue: 'default' }])
  })

  it('refuses a retention period shorter than 30 days', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'contact-settings',
        data: { retentionDays: 3 },
        overrideAccess: true,
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow(/Keep messages for/)
  })
})
