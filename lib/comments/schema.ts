import { z } from 'zod'

import { cleanBodyText, cleanHeaderText } from '@/lib/contact/sanitise'
import { emailPattern } from '@/lib/validation/email'

import { commentFields, commentLimits, type CommentField } from './fields'

const text = (clean: (value: string) => string) =>
  z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? clean(value) : ''))
    .pipe(z.string())

const characters = (count: number) => count.toLocaleString('en-GB')

/** Server-side validation of a comment, with the messages the commenter sees (GOV.UK wording). */
export const commentSchema = z.object({
  name: text(cleanHeaderText).pipe(
    z
      .string()
      .min(1, 'Enter your name')
      .max(commentLimits.name, `Name must be ${characters(commentLimits.name)} characters or fewer`),
  ),
  email: text(cleanHeaderText).pipe(
    z
      .string()
      .min(1, 'Enter your email address')
      .max(commentLimits.email, 'Enter an email address in the correct format, like name@example.com')
      .refine((value) => emailPattern.test(value) && !value.includes('..'), {
        message: 'Enter an email address in the correct format, like name@example.com',
      }),
  ),
  body: text(cleanBodyText).pipe(
    z
      .string()
      .min(1, 'Enter your comment')
      .min(commentLimits.bodyMin, 'Enter your comment')
      .max(commentLimits.body, `Comment must be ${characters(commentLimits.body)} characters or fewer`),
  ),
  guidelines: z
    .unknown()
    .optional()
    .refine((value) => value === 'yes', { message: 'Confirm that your comment follows the comment guidelines' }),
  notify: z
    .unknown()
    .optional()
    .transform((value) => value === 'yes'),
})

export type CommentInput = z.output<typeof commentSchema>
export type CommentErrors = Partial<Record<CommentField | 'form', string>>

export function commentErrors(error: z.ZodError): CommentErrors {
  const errors: CommentErrors = {}
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (typeof field === 'string' && (commentFields as readonly string[]).includes(field)) {
      errors[field as CommentField] ??= issue.message
    }
  }
  return errors
}
