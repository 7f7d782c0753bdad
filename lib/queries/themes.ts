import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Theme } from '@/payload-types'

export type ThemeOption = Pick<Theme, 'id' | 'name' | 'slug'>

const MAX_THEMES = 100

/** Every theme by name, for the theme filters of the listings. */
export async function findThemeOptions(payload: Payload): Promise<ThemeOption[]> {
  const result = await payload.find({
    collection: 'themes',
    select: { name: true, slug: true },
    sort: 'name',
    depth: 0,
    limit: MAX_THEMES,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs as ThemeOption[]
}

export const getThemeOptions = unstable_cache(
  async () => findThemeOptions(await getPayloadClient()),
  ['theme-options'],
  {
    tags: [cacheTags.collection('themes')],
  },
)
