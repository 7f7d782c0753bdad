import type { Block, Field, FieldAffectingData } from 'payload'
import { fieldAffectsData, tabHasName } from 'payload/shared'

/** One stored value of a document, with the (sanitized) field that describes it. */
export interface FieldValue {
  field: FieldAffectingData
  value: unknown
  /** Where the value sits, e.g. `['layout', 2, 'links', 0, 'href']`: the path Payload reports errors on. */
  path: (string | number)[]
  siblingData: Record<string, unknown>
}

type Data = Record<string, unknown>
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every value present in `data`, depth first, through groups, tabs, rows, arrays and blocks, each
 * container before its contents. Values missing from `data` (fields not sent in a partial update) are
 * skipped. `blocks` resolves blocks referenced by slug (`blockReferences`).
 */
export function fieldValues(
  fields: Field[],
  data: Data,
  blocks: Block[] = [],
  path: (string | number)[] = [],
): FieldValue[] {
  const found: FieldValue[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!tabHasName(tab)) found.push(...fieldValues(tab.fields, data, blocks, path))
        else if (isData(data[tab.name])) {
          found.push(...fieldValues(tab.fields, data[tab.name] as Data, blocks, [...path, tab.name]))
        }
      }
      continue
    }
    if (!fieldAffectsData(field)) {
      if ('fields' in field) found.push(...fieldValues(field.fields, data, blocks, path))
      continue
    }
    if (!(field.name in data)) continue
    const value = data[field.name]
    const here = [...path, field.name]
    found.push({ field, value, path: here, siblingData: data })
    if (field.type === 'group' && isData(value)) {
      found.push(...fieldValues(field.fields, value, blocks, here))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (isData(row)) found.push(...fieldValues(field.fields, row, blocks, [...here, index]))
      })
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      const available = [...(field.blockReferences ?? field.blocks)].map((block) =>
        typeof block === 'string' ? blocks.find(({ slug }) => slug === block) : block,
      )
      value.forEach((row, index) => {
        if (!isData(row)) return
        const block = available.find((candidate) => candidate?.slug === row.blockType)
        if (block) found.push(...fieldValues(block.fields, row, blocks, [...here, index]))
      })
    }
  }
  return found
}
