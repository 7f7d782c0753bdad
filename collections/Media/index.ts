import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin, signedIn } from '@/cms/access'
import { canChangeUnusedUpload } from '@/cms/access/uploads'
import { missingUploadNotFound } from '@/cms/hooks/missingUploadNotFound'
import { revalidateContentAfterChange, revalidateContentAfterDelete } from '@/cms/hooks/revalidateContent'
import { serverEnv } from '@/lib/env'

const uploadDir = path.resolve(serverEnv().DATA_DIR, 'media')

/** Images only. SVG is refused: it can carry script. */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: {
    group: 'Media',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'decorative', 'updatedAt'],
    description: 'Photos and illustrations. Describe every image for people who cannot see it, or mark it decorative.',
  },
  // Contributors upload for their drafts; what published content shows, only editors change or remove.
  access: { read: anyone, create: signedIn, update: canChangeUnusedUpload('media'), delete: isEditorOrAdmin },
  hooks: {
    afterChange: [revalidateContentAfterChange('media')],
    afterDelete: [revalidateContentAfterDelete('media')],
  },
  upload: {
    staticDir: uploadDir,
    handlers: [missingUploadNotFound(uploadDir)],
    mimeTypes: imageMimeTypes,
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 500, position: 'centre' },
      { name: 'hero', width: 1600, height: undefined },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      maxLength: 300,
      admin: { description: 'What the image shows, as you would say it to someone on the phone.' },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.decorative || (value && value.trim().length > 0)
          ? true
          : 'Describe the image, or tick "Decorative" if it adds nothing to the text around it.',
    },
    {
      name: 'decorative',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Purely decorative images are hidden from screen readers.' },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
    { name: 'credit', type: 'text', maxLength: 160 },
  ],
}
