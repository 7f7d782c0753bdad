import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { TextField, TextFieldSingleValidation } from 'payload'

import { validateLinkUrl } from '@/lib/validation/linkUrl'

/** Links to documents carry no address; only typed-in ("custom") addresses are checked. */
const validateCustomUrl: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { linkType?: string } | undefined)?.linkType === 'internal' ? true : validateLinkUrl(value)

/**
 * The rich-text editor of every field: Payload's default features, with link addresses limited to
 * http(s), mailto, tel and paths or anchors of this site (Payload accepts any address without a space,
 * javascript: and data: included). The same rule guards rendering in components/cms/RichText.tsx.
 */
export const richTextEditor = lexicalEditor({
  // Replaced in place, so the toolbar keeps Payload's order.
  features: ({ defaultFeatures }) =>
    defaultFeatures.map((feature) =>
      feature.key === 'link'
        ? LinkFeature({
            fields: ({ defaultFields }) =>
              defaultFields.map((field) =>
                'name' in field && field.name === 'url'
                  ? ({ ...field, validate: validateCustomUrl } as TextField)
                  : field,
              ),
          })
        : feature,
    ),
})
