/**
 * A second production server, started with an https SITE_URL (playwright.config.ts), and the
 * ports of the TLS proxy in front of it that tests/e2e/observatory.e2e.spec.ts starts.
 */
const appPort = Number(process.env.E2E_TLS_APP_PORT ?? 3101)
const httpsPort = Number(process.env.E2E_TLS_HTTPS_PORT ?? 3143)
const httpPort = Number(process.env.E2E_TLS_HTTP_PORT ?? 3180)

export const TLS_SITE = { appPort, httpsPort, httpPort, url: `https://localhost:${httpsPort}` }
