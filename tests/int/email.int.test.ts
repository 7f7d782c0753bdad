import { readdir, readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import PostalMime from 'postal-mime'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailAdapter } from '@/lib/email/adapter'
import { parseServerEnv } from '@/lib/env'

import { getTestPayload } from '../helpers/payload'

describe('outgoing mail without SMTP configured', () => {
  it('is written as an .eml file under DATA_DIR/mail, not dropped', async () => {
    const payload = await getTestPayload()
    const mailDir = path.join(process.env.DATA_DIR ?? '', 'mail')
    const env = parseServerEnv({ NODE_ENV: 'test', DATA_DIR: process.env.DATA_DIR })
    const adapter = (await emailAdapter(env))({ payload })
    await adapter.sendEmail({ to: 'someone@example.org', subject: 'Plumbing check', text: 'Hello from the test.' })
    const files = (await readdir(mailDir)).filter((file) => file.endsWith('.eml'))
    expect(files.length).toBeGreaterThan(0)
    const raw = await readFile(path.join(mailDir, files.at(-1) as string), 'utf8')
    const email = await PostalMime.parse(raw)
    expect(email.subject).toBe('Plumbing check')
    expect(email.to?.[0]?.address).toBe('someone@example.org')
    expect(email.from?.address).toBe('no-reply@localhost')
    expect(email.text?.trim()).toBe('Hello from the test.')
  })
})

describe('outgoing mail with SMTP configured', () => {
  const received: string[] = []
  let server: SMTPServer
  let port = 0

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'))
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.server.address() as AddressInfo).port
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('crosses a real SMTP connection with the configured sender', async () => {
    const env = parseServerEnv({
      NODE_ENV: 'test',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      MAIL_FROM: 'Research Network <news@example.org>',
    })
    const adapter = (await emailAdapter(env))({ payload: await getTestPayload() })
    await adapter.sendEmail({ to: 'member@example.org', subject: 'Over SMTP', text: 'Delivered for real.' })
    expect(received).toHaveLength(1)
    const email = await PostalMime.parse(received[0] ?? '')
    expect(email.from).toMatchObject({ name: 'Research Network', address: 'news@example.org' })
    expect(email.subject).toBe('Over SMTP')
    expect(email.text?.trim()).toBe('Delivered for real.')
  })
})
