import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { SentMessageInfo, Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

export interface FileTransportInfo {
  messageId: string
  envelope: { from: string | false; to: string[] }
  path: string
}

/**
 * A nodemailer transport that writes every message as an RFC 5322 `.eml` file instead of sending
 * it, so that development without an SMTP server never drops mail. Open the files with any mail
 * client, or read them in tests.
 */
export function createFileTransport(
  directory: string,
  log: (line: string) => void = console.info,
): Transport<FileTransportInfo> {
  return {
    name: 'osprn-eml-file',
    version: '1.0.0',
    send(mail: MailMessage<SentMessageInfo>, callback: (err: Error | null, info: FileTransportInfo) => void) {
      const envelope = mail.message.getEnvelope()
      const messageId = mail.message.messageId()
      mail.message.build((buildError, raw) => {
        if (buildError) {
          callback(buildError, undefined as unknown as FileTransportInfo)
          return
        }
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        const file = path.join(directory, `${stamp}-${randomUUID().slice(0, 8)}.eml`)
        mkdir(directory, { recursive: true })
          .then(() => writeFile(file, raw, { mode: 0o600 }))
          .then(() => {
            log(
              `[mail] no SMTP server configured: wrote "${String(mail.data.subject ?? '')}" for ${envelope.to.join(', ')} to ${file}`,
            )
            callback(null, { messageId, envelope, path: file })
          })
          .catch((writeError: unknown) => {
            callback(
              writeError instanceof Error ? writeError : new Error(String(writeError)),
              undefined as unknown as FileTransportInfo,
            )
          })
      })
    },
  }
}
