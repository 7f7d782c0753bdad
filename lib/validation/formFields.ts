import { z } from 'zod'

import { cleanBodyText, cleanHeaderText } from '@/lib/contact/sanitise'

import { emailPattern } from './email'

/**
 * The pieces the site's visitor forms (contact, comments) validate with, and their messages in
 * GOV.UK's wording: say what to do, not what went wrong.
 */

/** A form value as text, cleaned; anything that is not a string is empty. */
const text = (clean: (value: string) => string) =>
  z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? clean(value) : ''))
    .pipe(z.string())

const characters = (count: number) => count.toLocaleString('en-GB')

/**
 * One line of text (no line breaks or control characters survive), required, at most `max`
 * characters: "<label> must be … characters or fewer", or the `missing` message without a label.
 */
export const lineField = (max: number, missing: string, label?: string) =>
  text(cleanHeaderText).pipe(
    z
      .string()
      .min(1, missing)
      .max(max, label ? `${label} must be ${characters(max)} characters or fewer` : missing),
  )

/** Text with line breaks, required, between `min` and `max` characters. */
export const bodyField = (limits: { min: number; max: number }, missing: string, label: string, tooShort?: string) =>
  text(cleanBodyText).pipe(
    z
      .string()
      .min(1, missing)
      .min(limits.min, tooShort ?? missing)
      .max(limits.max, `${label} must be ${characters(limits.max)} characters or fewer`),
  )

const EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.com'

export const emailField = (max: number) =>
  text(cleanHeaderText).pipe(
    z
      .string()
      .min(1, 'Enter your email address')
      .max(max, EMAIL_FORMAT)
      .refine((value) => emailPattern.test(value) && !value.includes('..'), { message: EMAIL_FORMAT }),
  )

/** A checkbox that must be ticked (its value is `yes`). */
export const requiredTick = (message: string) =>
  z
    .unknown()
    .optional()
    .refine((value) => value === 'yes', { message })

/** A checkbox that may be ticked: true when it was. */
export const optionalTick = () =>
  z
    .unknown()
    .optional()
    .transform((value) => value === 'yes')

/** A form's errors: a message per field, and `form` for one about the whole submission. */
export type FormErrors<Field extends string> = Partial<Record<Field | 'form', string>>

/** The first message for each of `fields` that failed, keyed by field name. */
export function fieldErrors<Field extends string>(error: z.ZodError, fields: readonly Field[]): FormErrors<Field> {
  const errors: FormErrors<Field> = {}
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (typeof field === 'string' && (fields as readonly string[]).includes(field)) {
      errors[field as Field] ??= issue.message
    }
  }
  return errors
}
