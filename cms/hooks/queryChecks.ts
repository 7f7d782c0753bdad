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

/** The first unsupported operator in a `where`, with the path it is used on, or null. */
export function unsupportedOperator(where: unknown, depth = 0): { path: string; operator: string } | null {
  if (typeof where !== 'object' || where === null || depth > 32) return null
  for (const [key, value] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      for (const nested of Array.isArray(value) ? value : [value]) {
        const found = unsupportedOperator(nested, depth + 1)
        if (found) return found
      }
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    const operator = Object.keys(value).find((name) => (UNSUPPORTED_OPERATORS as readonly string[]).includes(name))
    if (operator) return { path: key, operator }
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
  depth = 0,
): { path: string; operator: string } | null {
  if (typeof where !== 'object' || where === null || depth > 32) return null
  for (const [path, condition] of Object.entries(where as Where)) {
    if (path === 'and' || path === 'or') {
      for (const nested of Array.isArray(condition) ? condition : [condition]) {
        const found = unqueryableCondition(fields, nested, depth + 1)
        if (found) return found
      }
      continue
    }
    if (typeof condition !== 'object' || condition === null) continue
    const field = fieldAt(fields, path.split('.'))
    if (!field) continue
    for (const [operator, value] of Object.entries(condition)) {
      if (field.type === 'richText' || field.type === 'json' || field.type === 'blocks') return { path, operator }
      const polymorphic = (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
      const reference = typeof value === 'object' && value !== null && 'relationTo' in value && 'value' in value
      if (polymorphic && !(operator === 'equals' && reference)) return { path, operator }
    }
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
