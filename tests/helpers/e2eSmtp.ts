/** The contact form's mail in browser tests goes to a real SMTP server the contact tests start on this port. */
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526)
