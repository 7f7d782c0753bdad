/** Shared by the form (in the browser) and the server's validation: no dependencies. */
export const contactLimits = { name: 100, email: 254, subject: 150, message: 5000, messageMin: 10 } as const

/** The form's fields, in the order the error summary lists them. */
export const contactFields = ['recipient', 'name', 'email', 'subject', 'message', 'privacy'] as const
export type ContactField = (typeof contactFields)[number]
