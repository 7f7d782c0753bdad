// A real-looking address: dot-separated words before one @, a dotted domain with a letter-only
// top-level part, no spaces or quotes. Never looser than Payload's own email field validation.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"

export const emailPattern = new RegExp(
  `^${ATOM}(?:\\.${ATOM})*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$`,
)
