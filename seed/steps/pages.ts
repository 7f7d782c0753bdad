import type { Page } from '@/payload-types'

import type { LayoutFixture, PageFixture } from '../data/types'
import type { Refs } from '../refs'
import { upsertBySlug } from '../upsert'
import { published, type SeedContext } from './context'

type LayoutBlock = NonNullable<Page['layout']>[number]

function layoutBlock(block: LayoutFixture, refs: Refs): LayoutBlock {
  switch (block.blockType) {
    case 'media':
      return { ...block, image: refs.get('media', block.image) }
    case 'contentListing':
      return { ...block, theme: refs.optional('themes', block.theme) }
    case 'partnerLogos':
      return { ...block, organisations: refs.many('organisations', block.organisations) }
    default:
      return block
  }
}

/** Parents first: the nested-docs plugin builds a child's breadcrumbs from its saved parent. */
export async function seedPages({ payload, refs }: SeedContext, pages: PageFixture[]): Promise<void> {
  for (const { parent, layout, ...page } of pages) {
    const id = await upsertBySlug(payload, 'pages', {
      ...page,
      ...published,
      parent: refs.optional('pages', parent) ?? null,
      layout: layout.map((block) => layoutBlock(block, refs)),
    })
    refs.set('pages', page.slug, id)
  }
}
