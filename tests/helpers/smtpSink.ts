import type { AddressInfo } from 'node:net'

import PostalMime, { type Email } from 'postal-mime'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  raw: string
  envelope: { from: string; to: string[] }
  parsed: Email
}

/** Whether a message's raw headers or text mention `needle`. */
export const mentions = (mail: ReceivedMail, needle: string) =>
  mail.raw.includes(needle) || (mail.parsed.text ?? '').includes(needle)

/**
 * A real SMTP server on loopback (the npm `smtp-server`) that keeps what it receives. It can be
 * stopped and started again on the same port, to play a mail server that goes away for a while.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = []
  /** Recipients the server refuses, as a real one refuses an unknown mailbox. */
  readonly refused = new Set<string>()
  #server: SMTPServer | undefined

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    if (this.#server) return
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refused.has(address.address)) return callback()
        const error = new Error(`<${address.address}>: Recipient address rejected: User unknown`) as Error & {
          responseCode: number
        }
        error.responseCode = 550
        callback(error)
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          PostalMime.parse(raw)
            .then((parsed) => {
              this.received.push({
                raw,
                parsed,
                envelope: {
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                  to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                },
              })
              callback()
            })
            .catch(callback)
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.#server = server
  }

  async stop(): Promise<void> {
    const server = this.#server
    this.#server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  get listening(): boolean {
    return this.#server !== undefined
  }

  get address(): number {
    return (this.#server?.server.address() as AddressInfo | null)?.port ?? this.port
  }

  /** Messages whose raw headers or text mention `needle`. */
  matching(needle: string): ReceivedMail[] {
    return this.received.filter((mail) => mentions(mail, needle))
  }
}
