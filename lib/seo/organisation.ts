import type { Organization, WithContext } from 'schema-dts'

import type { SiteSetting } from '@/payload-types'

interface PartnerLike {
  name: string
  website?: string | null
}

/** schema.org Organization for the network, shown on the home page. */
export function organisationJsonLd(
  settings: SiteSetting,
  siteUrl: string,
  partners: PartnerLike[],
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
