import type { Page } from '@/payload-types'

import { RichText } from '@/components/cms/RichText'

type LayoutBlock = NonNullable<Page['layout']>[number]

/** Renders a page layout block by block. */
export function RenderBlocks({ blocks }: { blocks: LayoutBlock[] }) {
  return (
    <>
      {blocks.map((block) => {
        switch (block.blockType) {
          case 'richText':
            return <RichText key={block.id} data={block.content} />
          default:
            return null
        }
      })}
    </>
  )
}
