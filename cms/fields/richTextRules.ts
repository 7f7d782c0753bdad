import { type FieldHook, ValidationError } from 'payload'

export const NOT_RICH_TEXT_MESSAGE = 'This field takes rich text.'

/** Deeper than any document the editor writes; a deeper one is refused rather than walked. */
const MAX_DEPTH = 64

/** Whether a node, and every node below it, has a type and, if it has children, a list of them. */
function isNode(node: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null || Array.isArray(node)) return false
  const { type, children } = node as { type?: unknown; children?: unknown }
  if (typeof type !== 'string') return false
  if (children === undefined) return true
  return Array.isArray(children) && children.every((child) => isNode(child, depth + 1))
}

/**
 * Whether a value can be stored in a rich text field: nothing, or an editor state, `{ root }`
 * whose root is a `root` node with a list of children, each a node of the same shape.
 */
export function isRichText(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value !== 'object' || Array.isArray(value)) return false
  const { root } = value as { root?: unknown }
  return (
    isNode(root, 0) &&
    (root as { type: string }).type === 'root' &&
    Array.isArray((root as { children?: unknown }).children)
  )
}

/**
 * A rich text field's first `beforeValidate` hook: a value that is not an editor state is refused
 * with 400 before the editor's own hooks walk it (they answered 500 for `root.children` that is
 * not a list) and before Payload would store it (`true` or `12345` were saved as they were).
 */
export const refuseMalformedRichText: FieldHook = ({ value, path, req, collection, global }) => {
  if (isRichText(value)) return value
  throw new ValidationError(
    {
      collection: collection?.slug,
      global: global?.slug,
      errors: [{ message: NOT_RICH_TEXT_MESSAGE, path: path.join('.') }],
      req,
    },
    req.t,
  )
}
