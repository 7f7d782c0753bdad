import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import type { Organization, Person, WithContext } from 'schema-dts'

import { networkRoles } from '@/lib/content/options'
import { reportTypes } from '@/lib/content/options'
import { Media } from '@/components/cms/Media'
import { RichText } from '@/components/cms/RichText'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated, populatedOne } from '@/components/content/populated'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { serverEnv } from '@/lib/env'
import { formatDate, formatMonth } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { getMemberWork, type MemberWork } from '@/lib/queries/members'
import { optionLabel, projectStatuses } from '@/lib/content/options'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'
import type { Member } from '@/payload-types'

interface Props {
  params: Promise<{ slug: string }>
}

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

const orcidUrl = (orcid: string) => `https://orcid.org/${orcid}`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const member = await getDocumentBySlug('members', slug)
  return member ? metadataFor(member, `/members/${slug}`, member.shortBio) : notFoundMetadata
}

export default async function MemberPage({ params }: Props) {
  const { slug } = await params
  const member = await getDocumentBySlug('members', slug)
  if (!member) return <NotFoundPage path={`/members/${slug}`} />
  const [work, settings] = await Promise.all([getMemberWork(member.id), getSiteSettings()])
  const role = networkRoles.find((option) => option.value === member.networkRole)?.label
  const name = [member.name, member.postNominals].filter(Boolean).join(', ')
  const photo = populatedOne(member.photo)
  const interests = member.researchInterests ?? []

  return (
    <>
      <Breadcrumbs items={[{ label: 'Members', href: '/members' }, { label: member.name ?? member.slug }]} />
      <article>
        <header className="hero">
          <div className="container profile-hero">
            {photo ? (
              <Media media={photo} size="thumbnail" sizes="12rem" preload className="profile-hero__photo" />
            ) : (
              <span className="member-photo-placeholder profile-hero__photo" aria-hidden="true" />
            )}
            <div className="profile-hero__text">
              {role && <p className="hero__kicker">{role}</p>}
              <h1>{name}</h1>
              {member.jobTitle && <p className="profile-hero__job">{member.jobTitle}</p>}
              {member.shortBio && <p className="hero__intro">{member.shortBio}</p>}
              {member.isDemo && <p className="demo-tag">Demo profile</p>}
              <FactList
                facts={[
                  {
                    term: 'Affiliations',
                    value: populated(member.affiliations)
                      .map((org) => org.name)
                      .join('; '),
                  },
                  { term: 'Research interests', value: interests.join(', ') },
                  {
                    term: 'ORCID iD',
                    value: member.orcid ? <a href={orcidUrl(member.orcid)}>{orcidUrl(member.orcid)}</a> : null,
                  },
                ]}
              />
              {member.acceptsMessages && (
                <p className="profile-message">
                  {/* A form, never an address: the network passes the message on without publishing anyone's email. */}
                  <a
                    className="button"
                    href={`/contact?to=${encodeURIComponent(member.slug)}`}
                    aria-describedby="profile-message-note"
                  >
                    Send a message
                  </a>
                  <span id="profile-message-note" className="profile-message__note">
                    to {member.givenName} through our contact form.
                  </span>
                </p>
              )}
            </div>
          </div>
        </header>
        <div className="container detail">
          {member.isDemo && (
            <p className="notice">
              This is a fictional profile included as demonstration content. The person and their work are invented.
            </p>
          )}
          {member.bio && (
            <section aria-labelledby="profile-bio">
              <h2 id="profile-bio">Biography</h2>
              <RichText data={member.bio} />
            </section>
          )}
          <WorkList heading="Projects" items={projectItems(work, member.id)} />
          <WorkList
            heading="Reports and publications"
            items={work.reports.map((report) => ({
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
          <WorkList
            heading="News and blogs"
            items={work.posts.map((post) => ({
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
            items={(member.profileLinks ?? []).map((link, index) => ({
              id: link.id ?? index,
              label: link.label,
              href: link.url,
            }))}
          />
        </div>
      </article>
      <JsonLd data={personJsonLd(member, { name: settings.siteName, url: serverEnv().SITE_URL })} />
    </>
  )
}

interface WorkItem {
  id: number
  title: string
  href: string | null
  meta: ReactNode
}

function projectItems(work: MemberWork, memberId: number): WorkItem[] {
  return work.projects.map((project) => {
    const dates = [project.startDate, project.endDate].map((date) => (date ? formatMonth(date) : null))
    const when = dates[0] && dates[1] ? `${dates[0]} to ${dates[1]}` : dates[0] ? `from ${dates[0]}` : null
    return {
      id: project.id,
      title: project.title,
      href: publicPath('projects', project),
      meta: [
        project.lead === memberId ? 'Project lead' : 'Team member',
        optionLabel(projectStatuses, project.projectStatus),
        when,
      ]
        .filter(Boolean)
        .join(', '),
    }
  })
}

function WorkList({ heading, items }: { heading: string; items: WorkItem[] }) {
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

/** schema.org Person: public facts and public links only, never a contact address. */
function personJsonLd(member: Member, network: { name: string; url: string }): WithContext<Person> {
  const image = populatedOne(member.photo)?.url
  const affiliations: Organization[] = populated(member.affiliations).map((org) => ({
    '@type': 'Organization',
    name: org.name,
    url: org.website ?? undefined,
  }))
  const sameAs = [
    ...new Set([...(member.orcid ? [orcidUrl(member.orcid)] : []), ...(member.profileLinks ?? []).map((l) => l.url)]),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: member.name ?? `${member.givenName} ${member.familyName}`,
    givenName: member.givenName,
    familyName: member.familyName,
    honorificSuffix: member.postNominals ?? undefined,
    jobTitle: member.jobTitle ?? undefined,
    description: member.shortBio ?? undefined,
    url: `${network.url}/members/${member.slug}`,
    ...(image ? { image: new URL(image, network.url).toString() } : {}),
    ...(affiliations.length > 0 ? { affiliation: affiliations } : {}),
    memberOf: { '@type': 'Organization', name: network.name, url: network.url },
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...((member.researchInterests ?? []).length > 0 ? { knowsAbout: member.researchInterests ?? [] } : {}),
  }
}
