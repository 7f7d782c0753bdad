/**
 * The browser run's mail server: one real SMTP server (tests/helpers/e2eMailboxServer.ts, started by
 * Playwright before the web servers and stopped after them), so that mail the site sends at any
 * moment, a contact message or a comment notice from the scheduled queue, always has somewhere to go.
 * Tests read what it received, and take it down to play an outage, through this client.
 */
import { mentions, type ReceivedMail } from './smtpSink'

export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526)
/** The mailbox's control API on loopback: the port after the SMTP port. */
export const e2eMailboxPort = e2eSmtpPort + 1
export const e2eMailboxUrl = `http://127.0.0.1:${e2eMailboxPort}`

async function call(method: 'GET' | 'POST', route: string): Promise<Response> {
  const response = await fetch(`${e2eMailboxUrl}${route}`, { method })
  if (!response.ok) throw new Error(`The test mailbox answered ${response.status} to ${method} ${route}`)
  return response
}

export const mailbox = {
  /** Everything received since the run began, oldest first. */
  async received(): Promise<ReceivedMail[]> {
    return (await (await call('GET', '/mail')).json()) as ReceivedMail[]
  },
  /** Messages whose raw headers or text mention `needle`. */
  async matching(needle: string): Promise<ReceivedMail[]> {
    return (await this.received()).filter((mail) => mentions(mail, needle))
  },
  /** Messages addressed to `address`. */
  async to(address: string): Promise<ReceivedMail[]> {
    return (await this.received()).filter((mail) => mail.envelope.to.includes(address))
  },
  /** Stops listening: the site's next connection is refused, as when its mail server is down. */
  async stop(): Promise<void> {
    await call('POST', '/stop')
  },
  async start(): Promise<void> {
    await call('POST', '/start')
  },
}
