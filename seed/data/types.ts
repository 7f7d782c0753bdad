import type { RequiredDataFromCollectionSlug } from 'payload'

import type { ContentListingBlock, MediaBlock, Page, PartnerLogosBlock } from '@/payload-types'

import type { Artwork } from '../images'
import type { PdfContent } from '../pdf'

/**
 * Fixture shapes: the collection's own data, with references to other demo documents written as
 * slugs (images and PDFs by key), which the seed resolves to ids. Publishing is the seed's job.
 */
type Data<Slug extends 'themes' | 'organisations' | 'members' | 'projects' | 'events' | 'reports' | 'posts' | 'pages'> =
  Omit<RequiredDataFromCollectionSlug<Slug>, '_status' | 'meta'>

/** The slug of another demo document, or the key of a demo image or PDF. */
export type Ref = string

export interface MediaFixture {
  key: Ref
  filename: string
  /** Required unless decorative. */
  alt: string
  decorative?: boolean
  caption?: string
  credit?: string
  art: Artwork
}

export interface DocumentFixture {
  key: Ref
  filename: string
  title: string
  pdf: PdfContent
}

export type ThemeFixture = Data<'themes'>

export type OrganisationFixture = Omit<Data<'organisations'>, 'logo'>

export interface MemberFixture extends Omit<Data<'members'>, 'name' | 'affiliations' | 'photo' | 'acceptsMessages'> {
  affiliations?: Ref[]
  photo?: Ref
  /** A private address (always @example.org in the demo): the member then accepts messages. */
  contactEmail?: string
}

export interface EventFixture extends Omit<
  Data<'events'>,
  'startsAt_tz' | 'endsAt_tz' | 'organisers' | 'speakers' | 'materials' | 'themes'
> {
  organisers?: ({ member: Ref } | { organisation: Ref })[]
  speakers?: ({ member: Ref } | { name: string; affiliation?: string })[]
  materials?: { kind: 'slides' | 'recording' | 'report' | 'other'; label: string; document?: Ref; url?: string }[]
  themes?: Ref[]
}

/** Outputs and related posts are not listed here: they come from the reports' and posts' own links. */
export interface ProjectFixture extends Omit<
  Data<'projects'>,
  'themes' | 'lead' | 'team' | 'partners' | 'funders' | 'heroImage' | 'outputs' | 'relatedEvents' | 'relatedPosts'
> {
  themes?: Ref[]
  lead?: Ref
  team?: Ref[]
  partners?: Ref[]
  funders?: Ref[]
  heroImage?: Ref
  relatedEvents?: Ref[]
}

export interface ReportFixture extends Omit<Data<'reports'>, 'authors' | 'file' | 'projects' | 'themes'> {
  authors: ({ member: Ref } | { name: string })[]
  file?: Ref
  projects?: Ref[]
  themes?: Ref[]
}

export interface PostFixture extends Omit<Data<'posts'>, 'authors' | 'heroImage' | 'themes' | 'related'> {
  authors?: Ref[]
  heroImage?: Ref
  themes?: Ref[]
  /** Only posts listed earlier can be related. */
  related?: { relationTo: 'projects' | 'events' | 'reports' | 'posts'; slug: Ref }[]
}

type PageBlock = NonNullable<Page['layout']>[number]

export type LayoutFixture =
  | Exclude<PageBlock, MediaBlock | ContentListingBlock | PartnerLogosBlock>
  | (Omit<MediaBlock, 'image'> & { image: Ref })
  | (Omit<ContentListingBlock, 'theme'> & { theme?: Ref })
  | (Omit<PartnerLogosBlock, 'organisations'> & { organisations?: Ref[] })

/** Parents come before their children. */
export interface PageFixture extends Omit<Data<'pages'>, 'layout' | 'parent' | 'breadcrumbs'> {
  parent?: Ref
  layout: LayoutFixture[]
}
