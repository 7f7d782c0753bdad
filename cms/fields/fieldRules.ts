import {
  type Block,
  type CollectionConfig,
  type Field,
  type FieldHook,
  type GlobalConfig,
  ValidationError,
  validations,
} from 'payload'

import { refuseMalformedRichText } from './richTextRules'

export const NOT_TEXT_MESSAGE = 'This field takes text.'

type Validate = (value: unknown, options: unknown) => true | string | Promise<true | string>
type Condition = (data: unknown, siblingData: unknown, context: unknown) => boolean

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
  const base = (field.type === 'text' ? validations.text : validations.textarea) as unknown as Validate
  const payloadRules = withPayloadRules(base, field.validate as Validate | undefined)
  return (value, options) =>
    isText(value, field.type === 'text' && field.hasMany === true) ? payloadRules(value, options) : NOT_TEXT_MESSAGE
}

/**
 * A field's own `validate` after Payload's rules for its type (required, lengths, rows), which in
 * Payload it would replace: an array with a rule of its own took `[]` despite `minRows`.
 */
function withPayloadRules(payloadRules: Validate, own: Validate | undefined): Validate {
  return async (value, options) => {
    const base = await payloadRules(value, options)
    return base === true && own ? own(value, options) : base
  }
}

/**
 * A `beforeChange` hook for a field shown only under a condition: Payload validates such a field
 * only while it is shown, so a hidden one stored anything (a `javascript:` joining link on an
 * event in person, kept and readable through the API). A value given to a hidden field is held to
 * the field's rule all the same; an empty one is left alone (a required field hidden is not
 * missing).
 */
function validateWhenHidden(condition: Condition, validate: Validate): FieldHook {
  return async ({
    value,
    data,
    siblingData,
    req,
    operation,
    path,
    blockData,
    collection,
    global,
    originalDoc,
    field,
  }) => {
    if (value === null || value === undefined || value === '') return value
    if (condition(data ?? {}, siblingData ?? {}, { blockData, operation, path, user: req.user })) return value
    const result = await validate(value, {
      ...field,
      id: (originalDoc as { id?: unknown } | undefined)?.id,
      blockData,
      collectionSlug: collection?.slug,
      data: { ...originalDoc, ...data },
      event: 'submit',
      operation,
      path,
      preferences: { fields: {} },
      req,
      siblingData,
    })
    if (result === true) return value
    throw new ValidationError(
      { collection: collection?.slug, global: global?.slug, errors: [{ message: result, path: path.join('.') }], req },
      req.t,
    )
  }
}

/**
 * A field with the rules Payload would not apply to it:
 * - textRules on every text and textarea field;
 * - Payload's own rules before an array field's own;
 * - refuseMalformedRichText first among every rich text field's `beforeValidate` hooks;
 * - its rule, while hidden by its condition, for a field that has one (validateWhenHidden).
 */
function withRules(field: Field): Field {
  let ruled = field
  if (field.type === 'text' || field.type === 'textarea') {
    ruled = { ...field, validate: textRules(field) } as Field
  } else if (field.type === 'array' && field.validate) {
    ruled = {
      ...field,
      validate: withPayloadRules(validations.array as unknown as Validate, field.validate as Validate),
    } as Field
  } else if (field.type === 'richText') {
    ruled = {
      ...field,
      hooks: { ...field.hooks, beforeValidate: [refuseMalformedRichText, ...(field.hooks?.beforeValidate ?? [])] },
    }
  }
  const condition = ruled.admin?.condition as Condition | undefined
  const validate = 'validate' in ruled ? (ruled.validate as Validate | undefined) : undefined
  if (condition && validate && 'name' in ruled && ruled.type !== 'ui') {
    const beforeChange = [...(ruled.hooks?.beforeChange ?? []), validateWhenHidden(condition, validate)]
    ruled = { ...ruled, hooks: { ...ruled.hooks, beforeChange } } as Field
  }
  return withRulesInside(ruled)
}

/** The fields inside a field (rows, groups, arrays, tabs, blocks), with their rules. */
function withRulesInside(field: Field): Field {
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withRules) })) }
  }
  if (field.type === 'blocks') {
    return { ...field, blocks: field.blocks.map((block: Block) => ({ ...block, fields: block.fields.map(withRules) })) }
  }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(withRules) } as Field
  return field
}

/** A collection or global with withRules on every field, at any depth (added to the config once, after the plugins). */
export function withFieldRules<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: config.fields.map(withRules) }
}
