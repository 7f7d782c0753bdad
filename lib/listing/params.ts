import { z } from 'zod'

/** A listing address's query string, as Next.js passes it to a page (empty for the cached first page). */
export type ListingQuery = Record<string, string | string[] | undefined>

/** Far more pages than any listing has; it bounds the work an absurd `?page=` can ask for. */
const MAX_PAGE = 100_000

/** A value of one parameter: it sees the text of the address, never a repeated parameter. */
type ParamSchema = z.ZodType<unknown, string>

export const slugParam = z.string().regex(/^[a-z0-9-]{1,120}$/)

export const yearParam = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)

export function enumParam<Value extends string>(values: readonly [Value, ...Value[]]): z.ZodType<Value, string> {
  return z.enum(values as [Value, ...Value[]]) as unknown as z.ZodType<Value, string>
}

const pageParam = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number)
  .refine((page) => page <= MAX_PAGE)

export type ListingParams<Shape extends Record<string, ParamSchema>> = { page: number } & {
  [Key in keyof Shape]: z.output<Shape[Key]> | null
}

/**
 * The parser of one listing's address: `page` plus the listing's own parameters. The rule is the
 * same on every listing: a value that is invalid, unknown, empty or repeated (`?page=abc`,
 * `?page=0`, `?mode=nope`, `?page=1&page=2`) is ignored, as if it were absent, so a mistyped or
 * outdated link still shows the listing. Parameters the listing does not know are ignored too.
 */
export function listingParams<Shape extends Record<string, ParamSchema>>(shape: Shape) {
  return (query: ListingQuery): ListingParams<Shape> => {
    const read = (name: string, schema: ParamSchema) => {
      const raw = query[name]
      if (typeof raw !== 'string') return null
      const parsed = schema.safeParse(raw.trim())
      return parsed.success ? parsed.data : null
    }
    const values: Record<string, unknown> = { page: read('page', pageParam) ?? 1 }
    for (const [name, schema] of Object.entries(shape)) values[name] = read(name, schema)
    return values as ListingParams<Shape>
  }
}
