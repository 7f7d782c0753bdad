/**
 * What the visitor forms' write paths (lib/contact/submitContactMessage.ts,
 * lib/comments/submitComment.ts) share around the screening of lib/abuse/screenSubmission.ts.
 */

/**
 * The fields a refused submission sends back into its form, each cut to `maxChars`: enough for
 * anything valid, never an echo service. A missing or non-text field is empty.
 */
export function echoedValues<Field extends string>(
  form: FormData,
  fields: readonly Field[],
  maxChars: number,
): Record<Field, string> {
  const entries = fields.map((field) => {
    const value = form.get(field)
    return [field, typeof value === 'string' ? value.slice(0, maxChars) : ''] as const
  })
  return Object.fromEntries(entries) as Record<Field, string>
}

/**
 * Runs `step` after a submission's single-use token was claimed; if it fails, the claim is
 * released (the visitor may send the same form again) and the error goes on.
 */
export async function releasingOnFailure<T>(release: () => Promise<void>, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    await release()
    throw error
  }
}
