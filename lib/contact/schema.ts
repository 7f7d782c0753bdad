import { z } from 'zod'

import {
  bodyField,
  emailField,
  fieldErrors,
  type FormErrors,
  lineField,
  optionalTick,
  requiredTick,
} from '@/lib/validation/formFields'

import { contactFields, contactLimits, type ContactField } from './fields'

export { contactFields, contactLimits, type ContactField }

/** Server-side validation of a contact form submission, with the messages the visitor sees. */
export const contactSchema = z.object({
  recipient: lineField(120, 'Select who you want to contact'),
  name: lineField(contactLimits.name, 'Enter your name', 'Name'),
  email: emailField(contactLimits.email),
  subject: lineField(contactLimits.subject, 'Enter a subject', 'Subject'),
  message: bodyField(
    { min: contactLimits.messageMin, max: contactLimits.message },
    'Enter your message',
    'Message',
    `Message must be at least ${contactLimits.messageMin} characters`,
  ),
  privacy: requiredTick('Confirm that you have read the privacy notice'),
  acknowledge: optionalTick(),
})

export type ContactInput = z.output<typeof contactSchema>
export type ContactErrors = FormErrors<ContactField>

/** The first message for each field that failed, keyed by field name. */
export const contactErrors = (error: z.ZodError): ContactErrors => fieldErrors(error, contactFields)
