import { z } from 'zod'

import { emailPattern } from '@/lib/validation/email'

import { contactFields, contactLimits, type ContactField } from './fields'
import { cleanBodyText, cleanHeaderText } from './sanitise'

export { contactFields, contactLimits, type ContactField }

const text = (clean: (value: string) => string) =>
  z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? clean(value) : ''))
    .pipe(z.string())

const characters = (count: number) => count.toLocaleString('en-GB')

/**
 * Server-side validation of a contact form submission, with the messages the visitor sees
 * (GOV.UK wording: say what to do, not what went wrong).
 */
export const contactSchema = z.object({
  recipient: text(cleanHeaderText).pipe(
    z.string().min(1, 'Select who you want to contact').max(120, 'Select who you want to contact'),
  ),
  name: text(cleanHeaderText).pipe(
    z
      .string()
      .min(1, 'Enter your name')
      .max(contactLimits.name, `Name must be ${characters(contactLimits.name)} characters or fewer`),
  ),
  email: text(cleanHeaderText).pipe(
    z
      .string()
      .min(1, 'Enter your email address')
      .max(contactLimits.email, 'Enter an email address in the correct format, like name@example.com')
      .refine((value) => emailPattern.test(value) && !value.includes('..'), {
        message: 'Enter an email address in the correct format, like name@example.com',
      }),
  ),
  subject: text(cleanHeaderText).pipe(
    z
      .string()
      .min(1, 'Enter a subject')
      .max(contactLimits.subject, `Subject must be ${characters(contactLimits.subject)} characters or fewer`),
  ),
  message: text(cleanBodyText).pipe(
    z
      .string()
      .min(1, 'Enter your message')
      .min(contactLimits.messageMin, `Message must be at least ${contactLimits.messageMin} characters`)
      .max(contactLimits.message, `Message must be ${characters(contactLimits.message)} characters or fewer`),
  ),
  privacy: z
    .unknown()
    .optional()
    .refine((value) => value === 'yes', {
      message: 'Confirm that you have read the privacy notice',
    }),
  acknowledge: z
    .unknown()
    .optional()
    .transform((value) => value === 'yes'),
})

export type ContactInput = z.output<typeof contactSchema>
export type ContactErrors = Partial<Record<ContactField | 'form', string>>

/** The first message for each field that failed, keyed by field name. */
export function contactErrors(error: z.ZodError): ContactErrors {
  const errors: ContactErrors = {}
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (typeof field === 'string' && (contactFields as readonly string[]).includes(field)) {
      errors[field as ContactField] ??= issue.message
    }
  }
  return errors
}
