import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import type { Organization, Person, ResearchProject, WithContext } from 'schema-dts'

import { reportTypes } from '@/lib/content/options'
import { Media } from '@/components/cms/Media'
import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated, populatedOne } from '@/components/content/populated'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { serverEnv } from '@/lib/env'
import { formatDate, formatEventTime, formatMonth } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { optionLabel, projectStatuses } from '@/lib/content/options'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'
import type { Member, Organisation, Project } from '@/payload-types'

interface Props {
  params: Promise<{ slug: string }>
}

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

interface TeamMember {
  member: Member
  role: string
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const project = await getDocumentBySlug('projects', slug)
  return project ? metadataFor(project, `/projects/${slug}`, project.summary) : notFoundMetadata
}

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params
  const project = await getDocumentBySlug('projects', slug)
  if (!project) return <NotFoundPage path={`/projects/${slug}`} />
  const settings = await getSiteSettings()
  const status = optionLabel(projectStatuses, project.projectStatus)
  const lead = populatedOne(project.lead)
  const team: TeamMember[] = [
    ...(lead ? [{ member: lead, role: 'Project lead' }] : []),
    ...populated(project.team)
      .filter((member) => member.id !== lead?.id)
      .map((member) => ({ member, role: 'Team member' })),
  ]
  const themes = populated(project.themes)
  const heroImage = populatedOne(project.heroImage)

  return (
    <>
      <Breadcrumbs items={[{ label: 'Projects', href: '/projects' }, { label: project.title }]} />
      <article>
        <DetailHero kicker={`Project · ${status}`} title={project.title} intro={project.summary}>
          <FactList
            facts={[
              { term: 'Status', value: status },
              { term: 'Dates', value: <ProjectDates start={project.startDate} end={project.endDate} /> },
              {
                term: 'Lead',
                value: lead ? <Link href={publicPath('members', lead) ?? '/members'}>{lead.name}</Link> : null,
              },
              {
                term: themes.length === 1 ? 'Theme' : 'Themes',
                value:
                  themes.length > 0
                    ? themes.map((theme, index) => (
                        <span key={theme.id}>
                          {index > 0 && ', '}
                          <Link href={`/projects?theme=${encodeURIComponent(theme.slug)}`}>{theme.name}</Link>
                        </span>
                      ))
                    : null,
              },
            ]}
          />
        </DetailHero>
        <div className="container detail">
          {heroImage && (
            <div className="project-hero-image">
              <Media media={heroImage} size="hero" sizes="(min-width: 44rem) 42rem, 100vw" showCaption preload />
            </div>
          )}
          <RichText data={project.body} />
          <Team people={team} />
          <LinkedList heading="Partners" items={organisationItems(project.partners)} />
          <LinkedList heading="Funders" items={organisationItems(project.funders)} />
          <RelatedItems
            heading="Outputs"
            items={populated(project.outputs).map((report) => ({
              id: report.id,
              title: report.title,
              href: publicPath('reports', report),
              meta: (
                <>
                  {reportTypes.find((type) => type.value === report.reportType)?.label ?? 'Publication'},{' '}
                  <time dateTime={report.publishedOn}>{formatDate(report.publishedOn)}</time>
                </>
              ),
            }))}
          />
          <RelatedItems
            heading="Events"
            items={populated(project.relatedEvents).map((event) => ({
              id: event.id,
              title: event.title,
              href: publicPath('events', event),
              meta: (
                <time dateTime={event.startsAt}>
                  {formatEventTime(event.startsAt, event.endsAt, event.allDay ?? false)}
                </time>
              ),
            }))}
          />
          <RelatedItems
            heading="News and blogs"
            items={populated(project.relatedPosts).map((post) => ({
              id: post.id,
              title: post.title,
              href: publicPath('posts', post),
              meta: (
                <>
                  {post.kind === 'blog' ? 'Blog' : 'News'},{' '}
                  <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
                </>
              ),
            }))}
          />
          <LinkedList
            heading="Links"
            items={(project.externalLinks ?? []).map((link, index) => ({
              id: link.id ?? index,
              label: link.label,
              href: link.url,
            }))}
          />
        </div>
      </article>
      <JsonLd data={projectJsonLd(project, team, { name: settings.siteName, url: serverEnv().SITE_URL })} />
    </>
  )
}

function ProjectDates({ start, end }: { start?: string | null; end?: string | null }) {
  if (!start && !end) return null
  const from = start ? <time dateTime={start}>{formatMonth(start)}</time> : null
  const to = end ? <time dateTime={end}>{formatMonth(end)}</time> : null
  if (from && to) {
    return (
      <>
        {from} to {to}
      </>
    )
  }
  return from ? <>From {from}</> : <>Until {to}</>
}

function organisationItems(organisations: Project['partners']) {
  return populated(organisations).map((org) => ({ id: org.id, label: org.name, href: org.website }))
}

/** The people on the project, with their photos, linked to their profiles. */
function Team({ people }: { people: TeamMember[] }) {
  if (people.length === 0) return null
  return (
    <section className="project-team" aria-labelledby="project-team-heading">
      <h2 id="project-team-heading">Team</h2>
      <ul className="team-list">
        {people.map(({ member, role }) => {
          const photo = populatedOne(member.photo)
          const name = [member.name, member.postNominals].filter(Boolean).join(', ')
          const href = publicPath('members', member)
          return (
            <li key={member.id} className="team-list__item">
              {photo ? (
                <Media media={photo} size="thumbnail" sizes="6rem" className="team-list__photo" />
              ) : (
                <span className="member-photo-placeholder team-list__photo" aria-hidden="true" />
              )}
              <div className="team-list__text">
                <p className="team-list__name">{href ? <Link href={href}>{name}</Link> : name}</p>
                <p className="team-list__role">{role}</p>
                {member.jobTitle && <p className="team-list__job">{member.jobTitle}</p>}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

interface RelatedItem {
  id: number
  title: string
  href: string | null
  meta: ReactNode
}

/** Outputs, events and posts: each a link with its type and date. */
function RelatedItems({ heading, items }: { heading: string; items: RelatedItem[] }) {
  if (items.length === 0) return null
  return (
    <section className="related">
      <h2>{heading}</h2>
      <ul className="related-items">
        {items.map((item) => (
          <li key={item.id}>
            {item.href ? <Link href={item.href}>{item.title}</Link> : item.title}
            <p className="related-items__meta">{item.meta}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

const ukMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' })

/** "2025-03": projects are dated to the month, in UK time. */
function isoMonth(iso: string): string {
  const parts = ukMonth.formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}`
}

function organisation(org: Pick<Organisation, 'name' | 'website'>): Organization {
  return { '@type': 'Organization', name: org.name, url: org.website ?? undefined }
}

/**
 * schema.org ResearchProject. It is a kind of Organization, so its dates are foundingDate and
 * dissolutionDate; the end date is given only once the project has finished (before then it is a plan).
 */
function projectJsonLd(
  project: Project,
  team: TeamMember[],
  network: { name: string; url: string },
): WithContext<ResearchProject> {
  const url = `${network.url}/projects/${project.slug}`
  const image = populatedOne(project.heroImage)?.url
  const people: Person[] = team.map(({ member }) => ({
    '@type': 'Person',
    name: member.name ?? member.slug,
    url: `${network.url}${publicPath('members', member)}`,
  }))
  return {
    '@context': 'https://schema.org',
    '@type': 'ResearchProject',
    name: project.title,
    description: project.summary,
    url,
    ...(image ? { image: new URL(image, network.url).toString() } : {}),
    ...(project.startDate ? { foundingDate: isoMonth(project.startDate) } : {}),
    ...(project.endDate && project.projectStatus === 'completed' ? { dissolutionDate: isoMonth(project.endDate) } : {}),
    ...(populated(project.themes).length > 0 ? { keywords: populated(project.themes).map((theme) => theme.name) } : {}),
    member: [...people, ...populated(project.partners).map(organisation)],
    funder: populated(project.funders).map(organisation),
    parentOrganization: { '@type': 'Organization', name: network.name, url: network.url },
  }
}
