/**
 * The honeypot: a text field hidden from people and out of the tab order, tempting to bots that
 * fill in every field. Shared by every visitor form (components/forms/Honeypot.tsx renders it).
 */
export const HONEYPOT_FIELD = 'website'

export function honeypotFilled(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD)
  return typeof value === 'string' && value.trim() !== ''
}
