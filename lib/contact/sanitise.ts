/**
 * Text from the contact form on its way into mail. Anything that could end up in a header (name,
 * email, subject) loses every control character (CR, LF and NUL included), the Unicode line and
 * paragraph separators and the bidirectional overrides that could disguise a subject; runs of
 * white space become one space. The message body keeps its line breaks and tabs only.
 */
const HEADER_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
const BODY_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g

export function cleanHeaderText(value: string): string {
  return value.normalize('NFC').replace(HEADER_UNSAFE, ' ').replace(/\s+/g, ' ').trim()
}

export function cleanBodyText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(BODY_UNSAFE, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim()
}
