import type { Block } from 'payload'

import { CallToAction } from './CallToAction/config'
import { ContentListing } from './ContentListing/config'
import { CookiePreferences } from './CookiePreferences/config'
import { Faq } from './Faq/config'
import { KeyFacts } from './KeyFacts/config'
import { MediaBlock } from './MediaBlock/config'
import { PartnerLogos } from './PartnerLogos/config'
import { Quote } from './Quote/config'
import { RichTextBlock } from './RichTextBlock/config'

/** The blocks a page layout is built from, in the order the admin offers them. */
export const pageBlocks: Block[] = [
  RichTextBlock,
  MediaBlock,
  CallToAction,
  ContentListing,
  PartnerLogos,
  KeyFacts,
  Quote,
  Faq,
  CookiePreferences,
]
