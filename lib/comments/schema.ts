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

import { commentFields, commentLimits, type CommentField } from './fields'

/** Server-side validation of a comment, with the messages the commenter sees. */
export const commentSchema = z.object({
  name: lineField(commentLimits.name, 'Enter your name', 'Name'),
  email: emailField(commentLimits.email),
  body: bodyField({ min: commentLimits.bodyMin, max: commentLimits.body }, 'Enter your comment', 'Comment'),
  guidelines: requiredTick('Confirm that your comment follows the comment guidelines'),
  notify: optionalTick(),
})

export type CommentInput = z.output<typeof commentSchema>
export type CommentErrors = FormErrors<CommentField>

export const commentErrors = (error: z.ZodError): CommentErrors => fieldErrors(error, commentFields)
