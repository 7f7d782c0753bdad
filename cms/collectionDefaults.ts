import type { CollectionConfig } from 'payload'

import { canDeleteContent, canWriteContent, publishedOrSignedIn } from '@/cms/access'
import { contentVersions } from '@/cms/fields/versions'
import { enforceEditorialRules } from '@/cms/hooks/enforceEditorialRules'
import { redirectOnPathChange } from '@/cms/hooks/redirectOnPathChange'
import { indexAfterChange, indexAfterDelete } from '@/cms/hooks/searchIndex'
import { revalidateContentAfterChange, revalidateContentAfterDelete } from '@/cms/hooks/revalidateContent'
import { validateDraft } from '@/cms/hooks/validateDraft'
import type { RoutedCollection } from '@/lib/paths'

/**
 * What every public, versioned content type shares: drafts and scheduling, the role rules
 * (visitors see published only; contributors cannot publish), field limits on drafts too, cache
 * expiry and automatic redirects.
 */
export function publicContent(slug: RoutedCollection): Pick<CollectionConfig, 'access' | 'versions' | 'hooks'> {
  return {
    access: {
      read: publishedOrSignedIn,
      create: canWriteContent,
      update: canWriteContent,
      delete: canDeleteContent,
      readVersions: ({ req }) => Boolean(req.user),
    },
    versions: contentVersions,
    hooks: {
      beforeOperation: [enforceEditorialRules],
      beforeChange: [validateDraft],
      afterChange: [indexAfterChange(slug), revalidateContentAfterChange(slug), redirectOnPathChange(slug)],
      afterDelete: [indexAfterDelete(slug), revalidateContentAfterDelete(slug)],
    },
  }
}
