import type { Person, ResearchProject, WithContext } from 'schema-dts'

import { populated, populatedOne } from '@/lib/content/populated'
import { ukIsoMonth } from '@/lib/format/dates'
import { absoluteUrl, publicPath } from '@/lib/paths'
import type { Member, Project } from '@/payload-types'

import { type Network, organisationReference } from './organisation'
import { memberPerson, personJsonLd } from './person'

/**
 * schema.org ResearchProject. It is a kind of Organization, so its dates are foundingDate and
 * dissolutionDate (to the month, in UK time); the end date is given only once the project has finished
 * (before then it is a plan).
 */
export function projectJsonLd(
  project: Project,
  team: { member: Pick<Member, 'name' | 'slug'> }[],
  network: Network,
): WithContext<ResearchProject> {
  const image = populatedOne(project.heroImage)?.url
  const themes = populated(project.themes)
  const people: Person[] = team.map(({ member }) => personJsonLd(memberPerson(member), network.url))
  return {
    '@context': 'https://schema.org',
    '@type': 'ResearchProject',
    name: project.title,
    description: project.summary,
    url: absoluteUrl(publicPath('projects', project) ?? '/projects', network.url),
    ...(image ? { image: absoluteUrl(image, network.url) } : {}),
    ...(project.startDate ? { foundingDate: ukIsoMonth(project.startDate) } : {}),
    ...(project.endDate && project.projectStatus === 'completed'
      ? { dissolutionDate: ukIsoMonth(project.endDate) }
      : {}),
    ...(themes.length > 0 ? { keywords: themes.map((theme) => theme.name) } : {}),
    member: [...people, ...populated(project.partners).map(organisationReference)],
    funder: populated(project.funders).map(organisationReference),
    parentOrganization: { '@type': 'Organization', name: network.name, url: network.url },
  }
}
