import type { Organization, WithContext } from 'schema-dts'

import type { SiteSetting } from '@/payload-types'

/** The network itself, as the parent or member organisation of what a page describes. */
export interface Network {
  name: string
  /** The site's address, without a trailing slash (as `serverEnv().SITE_URL`). */
  url: string
}

interface OrganisationLike {
  name: string
  website?: string | null
}

/** schema.org Organization for a partner, funder, affiliation or organiser: its name and website. */
export function organisationReference(org: OrganisationLike): Organization {
  return { '@type': 'Organization', name: org.name, url: org.website ?? undefined }
}

/** schema.org Organization for the network, shown on the home page. */
export function organisationJsonLd(
  settings: SiteSetting,
  siteUrl: string,
  partners: OrganisationLike[],
): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ResearchOrganization',
    name: settings.siteName,
    alternateName: settings.shortName ?? undefined,
    description: settings.tagline ?? undefined,
    url: siteUrl,
    parentOrganization: { '@type': 'CollegeOrUniversity', name: 'University of Oxford', url: 'https://www.ox.ac.uk' },
    member: partners.map((partner) => ({
      '@type': 'Organization',
      name: partner.name,
      ...(partner.website ? { url: partner.website } : {}),
    })),
    ...(settings.contactEmail
      ? { contactPoint: { '@type': 'ContactPoint', contactType: 'communications', email: settings.contactEmail } }
      : {}),
  }
}
