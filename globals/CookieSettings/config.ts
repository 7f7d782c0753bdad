import type { Field, GlobalConfig } from 'payload'

import { anyone, isAdminField, isEditorOrAdmin } from '@/cms/access'
import { revalidateGlobalAfterChange } from '@/cms/hooks/revalidateContent'
import {
  validateConsentSlug,
  validateCookieDomain,
  validateCookiePath,
  validateCookiePattern,
  validateScriptUrl,
  validateCategories,
  validateUniqueSlugs,
} from '@/lib/consent/validation'

import { cookieBannerDefaults as copy } from './defaults'
import { bumpRevision } from './hooks/bumpRevision'
import { publishRoutingPolicyAfterChange } from './hooks/publishRoutingPolicy'

const slugField = (description: string): Field => ({
  name: 'slug',
  type: 'text',
  required: true,
  maxLength: 40,
  validate: validateConsentSlug,
  admin: { description },
})

const text = (name: keyof typeof copy, maxLength = 120): Field => ({
  name,
  type: 'text',
  required: true,
  defaultValue: copy[name],
  maxLength,
})

/**
 * The cookie banner and the cookie policy's preferences: what visitors are asked, which
 * categories and services exist, and what each one sets. Changing a category or a service raises
 * the policy revision, which asks every visitor again.
 */
export const CookieSettings: GlobalConfig = {
  slug: 'cookie-settings',
  label: 'Cookie settings',
  admin: {
    group: 'Settings',
    description:
      'The cookie banner, and the categories and services visitors choose from. Nothing optional is loaded until a visitor agrees to it.',
  },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: {
    beforeChange: [bumpRevision],
    afterChange: [revalidateGlobalAfterChange('cookie-settings'), publishRoutingPolicyAfterChange],
  },
  fields: [
    {
      type: 'collapsible',
      label: 'Banner',
      fields: [
        text('bannerHeading'),
        {
          name: 'bannerText',
          type: 'textarea',
          required: true,
          maxLength: 600,
          defaultValue: copy.bannerText,
        },
        {
          type: 'row',
          fields: [text('acceptLabel', 40), text('rejectLabel', 40), text('moreLabel', 60)],
        },
        text('acceptedMessage', 200),
        text('rejectedMessage', 200),
        text('savedMessage', 200),
        {
          name: 'policyPage',
          label: 'Cookie policy page',
          type: 'relationship',
          relationTo: 'pages',
          admin: { description: 'Linked from the banner and the footer; put the Cookie preferences block on it.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lifetimeDays',
          label: 'Remember a choice for (days)',
          type: 'number',
          required: true,
          defaultValue: 365,
          min: 1,
          max: 395,
          admin: { description: 'Visitors are asked again after this.' },
        },
        {
          name: 'revision',
          label: 'Policy revision',
          type: 'number',
          defaultValue: 1,
          access: { create: () => false, update: () => false },
          admin: { readOnly: true, description: 'Rises by itself when categories or services change.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'keepProof',
          label: 'Keep an anonymous record of each choice',
          type: 'checkbox',
          defaultValue: true,
          admin: { description: 'A random id, the time, the revision and the choice: no IP address.' },
        },
        {
          name: 'proofRetentionDays',
          label: 'Keep records for (days)',
          type: 'number',
          required: true,
          defaultValue: 730,
          min: 30,
          max: 3650,
        },
      ],
    },
    {
      name: 'categories',
      type: 'array',
      minRows: 1,
      maxRows: 10,
      validate: validateCategories,
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            slugField('Stored in visitors’ choices, e.g. "analytics". Changing it asks everyone again.'),
            { name: 'name', type: 'text', required: true, maxLength: 80 },
            {
              name: 'necessary',
              label: 'Strictly necessary (always on)',
              type: 'checkbox',
              defaultValue: false,
            },
          ],
        },
        { name: 'description', type: 'textarea', required: true, maxLength: 800 },
        {
          name: 'services',
          type: 'array',
          maxRows: 20,
          validate: validateUniqueSlugs,
          admin: { initCollapsed: true },
          fields: [
            {
              type: 'row',
              fields: [
                slugField('Stored in visitors’ choices, e.g. "site-statistics".'),
                { name: 'name', type: 'text', required: true, maxLength: 80 },
                { name: 'provider', type: 'text', required: true, maxLength: 120 },
              ],
            },
            { name: 'purpose', type: 'textarea', required: true, maxLength: 800 },
            {
              name: 'scriptUrl',
              label: 'Script to load once consented',
              type: 'text',
              maxLength: 500,
              validate: validateScriptUrl,
              // A script runs with the site's own rights (the admin panel shares the origin): only
              // administrators choose which scripts visitors may be asked to load.
              access: { create: isAdminField, update: isAdminField },
              admin: {
                description: 'An https:// address (or a path on this site). Loaded only for visitors who agree.',
              },
            },
            {
              name: 'cookies',
              type: 'array',
              maxRows: 20,
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'name',
                      type: 'text',
                      required: true,
                      maxLength: 80,
                      validate: validateCookiePattern,
                      admin: { description: 'A * matches any characters, e.g. "_ga_*".' },
                    },
                    {
                      name: 'domain',
                      type: 'text',
                      maxLength: 120,
                      validate: validateCookieDomain,
                      admin: { description: 'Leave empty for this site; ".example.org" for a parent domain.' },
                    },
                    { name: 'path', type: 'text', defaultValue: '/', maxLength: 120, validate: validateCookiePath },
                    {
                      name: 'expiry',
                      type: 'text',
                      required: true,
                      maxLength: 40,
                      admin: { description: 'E.g. "1 year".' },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
