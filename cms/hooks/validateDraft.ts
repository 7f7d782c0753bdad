import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { fieldValues } from '@/cms/fields/fieldValues'
import { isSafeLinkUrl, LINK_URL_MESSAGE } from '@/lib/validation/linkUrl'

/** Serialized size above which a rich-text value is refused, drafts included (a long report is ≈ 200 kB). */
export const MAX_RICH_TEXT_BYTES = 1024 * 1024

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Field limits for drafts. Payload skips every field validation when it saves a draft (and
 * `versions.drafts.validate` would also require every required field, so authors could not save an
 * incomplete draft), which let a 3,000-character title or a 12 MB value into the database. This hook
 * runs each field's own validation (maxLength, min/max, select options, e-mail and link shapes, rows,
 * rich-text links) on every value a draft save sends, treating the field as optional: empty stays
 * allowed in a draft, publishing still requires it. Payload sets `_status: 'draft'` on such saves.
 *
 * Rich-text values are also capped in size on every save, published or not.
 */
export const validateDraft: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const isDraft = (data as { _status?: unknown })._status === 'draft'
  const merged = { ...originalDoc, ...data }
  const errors: ValidationFieldError[] = []
  for (const { field, value, path, siblingData } of fieldValues(collection.fields, data, req.payload.config.blocks)) {
    if (field.type === 'richText' && !isEmpty(value)) {
      const bytes = Buffer.byteLength(JSON.stringify(value))
      if (bytes > MAX_RICH_TEXT_BYTES) {
        const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
        errors.push({
          path: path.join('.'),
          message: `This text is too long to save (${size(bytes)}; the limit is ${size(MAX_RICH_TEXT_BYTES)}). Split it up.`,
        })
        continue
      }
    }
    if (!isDraft || isEmpty(value)) continue
    if (field.type === 'richText') {
      // Lexical reports a bad link as "link node failed to validate"; say what is allowed, as the admin's link drawer does.
      if (unsafeLinkUrls(value).length > 0) errors.push({ path: path.join('.'), message: LINK_URL_MESSAGE })
    }
    const validate = 'validate' in field ? field.validate : undefined
    if (typeof validate !== 'function') continue
    const result = await (validate as (value: unknown, options: never) => Promise<string | true> | string | true)(
      value,
      {
        ...field,
        required: false,
        id: originalDoc?.id,
        collectionSlug: collection.slug,
        data: merged,
        siblingData,
        event: 'submit',
        operation,
        path: path.map(String),
        preferences: { fields: {} },
        previousValue: undefined,
        req,
      } as never,
    )
    if (typeof result === 'string') errors.push({ path: path.join('.'), message: result })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}

/** Typed-in addresses of the link and autolink nodes of a Lexical value that the link rule refuses. */
function unsafeLinkUrls(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(unsafeLinkUrls)
  if (typeof node !== 'object' || node === null) return []
  const { type, fields, children, root } = node as Record<string, unknown>
  const found = [...unsafeLinkUrls(root), ...unsafeLinkUrls(children)]
  if ((type === 'link' || type === 'autolink') && typeof fields === 'object' && fields !== null) {
    const { linkType, url } = fields as { linkType?: unknown; url?: unknown }
    if (linkType !== 'internal' && !isSafeLinkUrl(url)) found.push(String(url))
  }
  return found
}
