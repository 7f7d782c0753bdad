import type { ConsentView } from '@/lib/consent/policy'
import type { Page } from '@/payload-types'

import { CallToActionBlockComponent } from './CallToAction/Component'
import { ContentListingBlockComponent } from './ContentListing/Component'
import { CookiePreferencesBlockComponent } from './CookiePreferences/Component'
import { FaqBlockComponent } from './Faq/Component'
import { KeyFactsBlockComponent } from './KeyFacts/Component'
import { MediaBlockComponent } from './MediaBlock/Component'
import { PartnerLogosBlockComponent } from './PartnerLogos/Component'
import { QuoteBlockComponent } from './Quote/Component'
import { RichTextBlockComponent } from './RichTextBlock/Component'

export type LayoutBlock = NonNullable<Page['layout']>[number]

/** What blocks may depend on beyond their own data: the consent of the page variant (null outside the variants). */
export interface BlockContext {
  consent: ConsentView | null
}

/** Renders a page layout block by block. */
export function RenderBlocks({ blocks, context }: { blocks: LayoutBlock[]; context: BlockContext }) {
  return (
    <>
      {blocks.map((block, index) => (
        <RenderBlock key={block.id ?? `${block.blockType}-${index}`} block={block} context={context} />
      ))}
    </>
  )
}

function RenderBlock({ block, context }: { block: LayoutBlock; context: BlockContext }) {
  switch (block.blockType) {
    case 'richText':
      return <RichTextBlockComponent block={block} />
    case 'media':
      return <MediaBlockComponent block={block} />
    case 'callToAction':
      return <CallToActionBlockComponent block={block} />
    case 'contentListing':
      return <ContentListingBlockComponent block={block} />
    case 'partnerLogos':
      return <PartnerLogosBlockComponent block={block} />
    case 'keyFacts':
      return <KeyFactsBlockComponent block={block} />
    case 'quote':
      return <QuoteBlockComponent block={block} />
    case 'faq':
      return <FaqBlockComponent block={block} />
    case 'cookiePreferences':
      return context.consent ? <CookiePreferencesBlockComponent block={block} consent={context.consent} /> : null
    default: {
      // A block added to the config but not here fails the type check; old data renders nothing.
      const unknown: never = block
      void unknown
      return null
    }
  }
}
