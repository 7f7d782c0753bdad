import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import PostalMime from 'postal-mime'
import { afterEach, describe, expect, it } from 'vitest'

import { createFileTransport } from '@/lib/email/fileTransport'

let directory: string | undefined

afterEach(async () => {
  if (directory) await rm(directory, { recursive: true, force: true })
})

describe('file mail transport', () => {
  it('writes each message as a complete .eml file and logs where', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'osprn-mail-'))
    const mailDir = path.join(directory, 'mail')
    const lines: string[] = []
    const transport = nodemailer.createTransport(createFileTransport(mailDir, (line) => lines.push(line)))
    await transport.sendMail({
      from: 'Network <no-reply@example.org>',
      to: 'a@example.org',
      replyTo: 'visitor@example.org',
      subject: 'First',
      text: 'One',
    })
    await transport.sendMail({ from: 'no-reply@example.org', to: 'b@example.org', subject: 'Second', text: 'Two' })

    const files = (await readdir(mailDir)).sort()
    expect(files).toHaveLength(2)
    const parsed = await Promise.all(
      files.map(async (file) => PostalMime.parse(await readFile(path.join(mailDir, file)))),
    )
    expect(parsed.map((email) => email.subject).sort()).toEqual(['First', 'Second'])
    const first = parsed.find((email) => email.subject === 'First')
    expect(first?.replyTo?.[0]?.address).toBe('visitor@example.org')
    expect(lines.join('\n')).toContain('a@example.org')
  })
})
