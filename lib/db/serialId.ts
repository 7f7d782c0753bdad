/** Documents' ids here are PostgreSQL `serial` integers, 1 to 2,147,483,647. */
export const MAX_SERIAL_ID = 2_147_483_647

/** The id an address names, or null for one no document can have (`abc`, `1e3`, `7.0`, 20 digits). */
export function serialIdOf(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,9}$/.test(value)) return null
  const id = Number(value)
  return id <= MAX_SERIAL_ID ? id : null
}
