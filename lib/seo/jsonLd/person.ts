import type { Organization, Person, WithContext } from 'schema-dts'

import { populated, populatedOne } from '@/lib/content/populated'
import { absoluteUrl, publicPath } from '@/lib/paths'
import type { Member } from '@/payload-types'

import { type Network, organisationReference } from './organisation'

/** A person named on something else, as the page names them: a member's profile is linked. */
export interface NamedPerson {
  name: string
  /** Set for a network member, whose profile has a public address. */
  memberSlug?: string | null
  /** For someone from outside the network, where the page says where they are from. */
  affiliation?: string | null
}

/**
 * schema.org Person for a team member, speaker, organiser or author. Only what the page shows: a
 * name, the profile address of a member, the affiliation of a guest.
 */
export function personJsonLd(person: NamedPerson, siteUrl: string): Exclude<Person, string> {
  const profile = person.memberSlug ? publicPath('members', { slug: person.memberSlug }) : null
  return {
    '@type': 'Person',
    name: person.name,
    ...(profile ? { url: absoluteUrl(profile, siteUrl) } : {}),
    ...(person.affiliation ? { affiliation: { '@type': 'Organization', name: person.affiliation } } : {}),
  }
}

/** A member as a person named elsewhere (a project's team, an event's organiser). */
export const memberPerson = (member: Pick<Member, 'name' | 'slug'>): NamedPerson => ({
  name: member.name ?? member.slug,
  memberSlug: member.slug,
})

export const orcidUrl = (orcid: string) => `https://orcid.org/${orcid}`

/** schema.org Person for a member's profile page: public facts and public links only, never a contact address. */
export function memberProfileJsonLd(member: Member, network: Network): WithContext<Person> {
  const image = populatedOne(member.photo)?.url
  const affiliations: Organization[] = populated(member.affiliations).map(organisationReference)
  const sameAs = [
    ...new Set([...(member.orcid ? [orcidUrl(member.orcid)] : []), ...(member.profileLinks ?? []).map((l) => l.url)]),
  ]
  const interests = member.researchInterests ?? []
  return {
    '@context': 'https://schema.org',
    ...personJsonLd(
      { name: member.name ?? `${member.givenName} ${member.familyName}`, memberSlug: member.slug },
      network.url,
    ),
    givenName: member.givenName,
    familyName: member.familyName,
    honorificSuffix: member.postNominals ?? undefined,
    jobTitle: member.jobTitle ?? undefined,
    description: member.shortBio ?? undefined,
    ...(image ? { image: absoluteUrl(image, network.url) } : {}),
    ...(affiliations.length > 0 ? { affiliation: affiliations } : {}),
    memberOf: { '@type': 'Organization', name: network.name, url: network.url },
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(interests.length > 0 ? { knowsAbout: interests } : {}),
  }
}
