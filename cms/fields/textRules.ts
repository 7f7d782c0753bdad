import {
  type Block,
  type CollectionConfig,
  type Field,
  type GlobalConfig,
  type TextFieldSingleValidation,
  validations,
} from 'payload'

import { refuseMalformedRichText } from './richTextRules'

export const NOT_TEXT_MESSAGE = 'This field takes text.'

type Validate = (value: unknown, options: unknown) => true | string | Promise<true | string>

/** Whether a value can be stored in a text field: text, nothing, or (for `hasMany`) a list of text. */
function isText(value: unknown, hasMany: boolean): boolean {
  if (value === null || value === undefined || typeof value === 'string') return true
  return hasMany && Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/**
 * The validation of a text or textarea field: a value that is not text is refused (Payload would
 * store an object as its JSON, and a field's own rule would fail on it with a 500); Payload's own
 * rules (required, length) come first, then the field's own `validate`, which in Payload replaces
 * them rather than adding to them.
 */
export function textRules(field: Field & { type: 'text' | 'textarea' }): Validate {
  const own = field.validate as Validate | undefined
  const base = (field.type === 'text' ? validations.text : validations.textarea) as unknown as Validate
  return async (value, options) => {
    if (!isText(value, field.type === 'text' && field.hasMany === true)) return NOT_TEXT_MESSAGE
    const payloadRules = await base(value, options)
    if (payloadRules !== true) return payloadRules
    return own ? own(value, options) : true
  }
}

/**
 * A field's own `validate` after Payload's rules for its type (required, rows), which in Payload
 * it would replace: an array with a rule of its own took `[]` despite `minRows`.
 */
function withPayloadRules<V>(payloadRules: Validate, own: V): V {
  const ownRule = own as unknown as Validate
  return (async (value: unknown, options: unknown) => {
    const base = await payloadRules(value, options)
    return base === true ? ownRule(value, options) : base
  }) as unknown as V
}

/**
 * The same fields with textRules on every text and textarea field, Payload's own rules before
 * an array field's own, and refuseMalformedRichText first among every rich text field's
 * `beforeValidate` hooks, at any depth.
 */
function withTextRulesIn(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'text' || field.type === 'textarea') {
      return { ...field, validate: textRules(field) as TextFieldSingleValidation } as Field
    }
    if (field.type === 'array' && field.validate) {
      return { ...field, validate: withPayloadRules(validations.array as unknown as Validate, field.validate) }
    }
    if (field.type === 'richText') {
      const beforeValidate = [refuseMalformedRichText, ...(field.hooks?.beforeValidate ?? [])]
      return { ...field, hooks: { ...field.hooks, beforeValidate } }
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTextRulesIn(tab.fields) })) }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block: Block) => ({ ...block, fields: withTextRulesIn(block.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withTextRulesIn(field.fields) } as Field
    return field
  })
}

export function withTextRules<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: withTextRulesIn(config.fields) }
}
