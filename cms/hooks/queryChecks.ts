import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
  type Where,
} from 'payload'

/**
 * Operators Payload accepts in a `where` that this site's database cannot run: `near`, `within`
 * and `intersects` apply to point fields only, and no collection has one; `all` is not
 * implemented by Payload's PostgreSQL adapter. Each used to fail inside the adapter with a 500.
 */
export const UNSUPPORTED_OPERATORS = ['near', 'within', 'intersects', 'all'] as const

interface Condition {
  path: string
  operator: string
  value: unknown
}

/** Every condition of a `where` (path, operator, value), at any depth of `and` and `or`. */
function* conditionsOf(where: unknown, depth = 0): Generator<Condition> {
  if (typeof where !== 'object' || where === null || depth > 32) return
  for (const [path, condition] of Object.entries(where as Where)) {
    if (path === 'and' || path === 'or') {
      for (const nested of Array.isArray(condition) ? condition : [condition]) yield* conditionsOf(nested, depth + 1)
      continue
    }
    if (typeof condition !== 'object' || condition === null) continue
    for (const [operator, value] of Object.entries(condition)) yield { path, operator, value }
  }
}

/** The first unsupported operator in a `where`, with the path it is used on, or null. */
export function unsupportedOperator(where: unknown): { path: string; operator: string } | null {
  for (const { path, operator } of conditionsOf(where)) {
    if ((UNSUPPORTED_OPERATORS as readonly string[]).includes(operator)) return { path, operator }
  }
  return null
}

/** The field a query path ends at, through groups, arrays and blocks; null past a relationship. */
function fieldAt(fields: FlattenedField[], segments: string[]): FlattenedField | null {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field ?? null
  if (field.type === 'group' || field.type === 'array') return fieldAt(field.flattenedFields, rest)
  if (field.type === 'blocks') {
    for (const block of field.blocks) {
      if (typeof block === 'string') continue
      const found = fieldAt(block.flattenedFields, rest)
      if (found) return found
    }
  }
  return null
}

/**
 * A condition on a field PostgreSQL cannot answer, which Payload's adapter turns into a 500: any
 * condition on rich text, JSON or a whole blocks field, and on a relationship to several
 * collections anything but `equals` a `{ relationTo, value }` (its `.value` and `.relationTo`
 * paths are plain fields).
 */
export function unqueryableCondition(
  fields: FlattenedField[],
  where: unknown,
): { path: string; operator: string } | null {
  for (const { path, operator, value } of conditionsOf(where)) {
    const field = fieldAt(fields, path.split('.'))
    if (!field) continue
    if (field.type === 'richText' || field.type === 'json' || field.type === 'blocks') return { path, operator }
    const polymorphic = (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
    const reference = typeof value === 'object' && value !== null && 'relationTo' in value && 'value' in value
    if (polymorphic && !(operator === 'equals' && reference)) return { path, operator }
  }
  return null
}

/** Refuses a query the database cannot run: 400, before any SQL is built. */
export const refuseUnsupportedOperators: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { where } = args as { where?: unknown }
  const found = unsupportedOperator(where)
  if (found) {
    throw new APIError(`The operator "${found.operator}" cannot be used on "${found.path}".`, 400, null, true)
  }
  const unqueryable = unqueryableCondition(collection.flattenedFields, where)
  if (unqueryable) {
    throw new APIError(`"${unqueryable.path}" cannot be queried with "${unqueryable.operator}" here.`, 400, null, true)
  }
  return args
}

/** The most documents one anonymous REST request lists; Payload's own default is 10. */
export const MAX_PUBLIC_LIMIT = 100
const DEFAULT_LIMIT = 10

/**
 * An anonymous list request through the REST API gets at most MAX_PUBLIC_LIMIT documents a page:
 * a larger `limit`, a `limit` of 0 or below, or `pagination=false` would let one request read a
 * whole collection at depth 3. The answer's `limit` says what was applied. The site's own
 * queries (the Local API) and signed-in users (the admin panel) are not limited.
 */
export const limitPublicLists: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const list = args as { id?: unknown; limit?: unknown; pagination?: unknown }
  if (operation !== 'read' || req.payloadAPI !== 'REST' || req.user || list.id !== undefined) return args
  const limit = Number(list.limit)
  return {
    ...args,
    pagination: true,
    limit: Number.isInteger(limit) && limit >= 1 ? Math.min(limit, MAX_PUBLIC_LIMIT) : DEFAULT_LIMIT,
  }
}

/**
 * Every collection refuses queries the database cannot run, and limits anonymous lists (added to
 * the config once, after the plugins).
 */
export function withQueryChecks(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUnsupportedOperators, limitPublicLists, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
