/** Drops characters XML 1.0 cannot contain (most control characters, lone surrogates). */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
}

/** For attribute values, where the `feed` library escapes `&` and `"` but not `<`. */
export function attributeText(text: string): string {
  return xmlText(text).replace(/</g, '‹')
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character)
}
