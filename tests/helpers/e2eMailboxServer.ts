/**
 * The browser run's SMTP server and its control API (client and ports: tests/helpers/e2eMailbox.ts).
 * Playwright runs it as the first of its web servers, so it is up before the site and outlives it.
 */
import { createServer } from 'node:http'

import { e2eMailboxPort, e2eSmtpPort } from './e2eMailbox'
import { SmtpSink } from './smtpSink'

const sink = new SmtpSink(e2eSmtpPort)
await sink.start()

const control = createServer((request, response) => {
  const route = `${request.method} ${request.url}`
  const done = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }
  const act = (action: () => Promise<void>) =>
    action().then(
      () => done(200, { listening: sink.listening }),
      (error: unknown) => done(500, { error: String(error) }),
    )
  if (route === 'GET /health') return done(200, { listening: sink.listening })
  if (route === 'GET /mail') return done(200, sink.received)
  if (route === 'POST /stop') return void act(() => sink.stop())
  if (route === 'POST /start') return void act(() => sink.start())
  done(404, { error: `no ${route}` })
})
control.listen(e2eMailboxPort, '127.0.0.1')

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    control.close()
    void sink.stop().then(() => process.exit(0))
  })
}
