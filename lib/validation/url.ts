/** Payload field validator: an absolute http(s) address. */
export function validateHttpsUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // Not parseable: fall through to the message.
  }
  return 'Enter a full web address starting with https://'
}
